import { Empty, Spin, Tree } from 'antd';
import type { TreeDataNode } from 'antd';
import { useEffect, useMemo } from 'react';
import type { OrgSummary } from '../../api/types.ts';
import type { OrgTreeModel } from '../../hooks/use-org-tree.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { OrgTreeTitle } from './org-tree-title.tsx';

interface OrgTreeNode extends TreeDataNode {
  key: string;
  org: OrgSummary;
  children?: OrgTreeNode[];
}

interface OrgTreeProps {
  model: OrgTreeModel;
  selectedId: number | null;
  onSelect: (id: number) => void;
  /** Leave closed and merged organisations out of the tree. */
  hideClosed?: boolean;
}

function buildNodes(items: OrgSummary[], children: ReadonlyMap<number, OrgSummary[]>, hideClosed: boolean): OrgTreeNode[] {
  return items
    .filter((org) => !hideClosed || org.closedOn === null)
    .map((org) => {
      const loaded = children.get(org.id);
      // `title` also becomes the native tooltip of the node (full name; the label shows the short one).
      const node: OrgTreeNode = { key: String(org.id), title: org.name, org, isLeaf: org.childCount === 0 };
      if (loaded) node.children = buildNodes(loaded, children, hideClosed);
      return node;
    });
}

/** Lazily loaded organisation hierarchy (antd Tree). */
export function OrgTree({ model, selectedId, onSelect, hideClosed = false }: OrgTreeProps) {
  const { roots, children, version, rootsError, expandedIds, setExpandedIds, loadChildren, reloadRoots } = model;

  const treeData = useMemo(
    () => (roots ? buildNodes(roots, children, hideClosed) : []),
    // `children` is a mutable map; `version` changes whenever it does.
    [roots, children, version, hideClosed],
  );

  // Keep the selected organisation visible once its ancestors are expanded.
  useEffect(() => {
    if (selectedId === null) return;
    const timer = window.setTimeout(() => {
      document.querySelector(`[data-testid="org-node-${selectedId}"]`)?.scrollIntoView({ block: 'nearest' });
    }, 50);
    return () => window.clearTimeout(timer);
  }, [selectedId, version, expandedIds]);

  if (rootsError) return <ErrorAlert error={rootsError} onRetry={reloadRoots} />;
  if (!roots) return <Spin className="org-tree-spin" />;
  if (roots.length === 0) return <Empty description="Нет доступных организаций" />;

  return (
    <div className="org-tree" data-testid="org-tree">
      <Tree<OrgTreeNode>
        blockNode
        treeData={treeData}
        expandedKeys={expandedIds.map(String)}
        selectedKeys={selectedId === null ? [] : [String(selectedId)]}
        onExpand={(keys) => setExpandedIds(keys.map(Number))}
        onSelect={(_keys, info) => onSelect(info.node.org.id)}
        loadData={async (node) => {
          await loadChildren(node.org.id);
        }}
        titleRender={(node) => <OrgTreeTitle org={node.org} />}
      />
    </div>
  );
}
