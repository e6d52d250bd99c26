import { LinkOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Space, Tag } from 'antd';
import { useState } from 'react';
import { isWebAddress } from '../../lib/scoring-drafts.ts';

interface ScoringLinksEditorProps {
  code: string;
  links: { url: string; title: string }[];
  editable: boolean;
  onChange: (links: { url: string; title: string }[]) => void;
}

/** Links to documents on the web supporting a score: shown as tags, added one at a time (http/https only). */
export function ScoringLinksEditor({ code, links, editable, onChange }: ScoringLinksEditorProps) {
  const [adding, setAdding] = useState(false);
  const [url, setUrl] = useState('');
  const valid = isWebAddress(url);

  const add = (): void => {
    if (!valid) return;
    const clean = url.trim();
    onChange([...links, { url: clean, title: clean }]);
    setUrl('');
    setAdding(false);
  };

  return (
    <Flex wrap gap={4} align="center" data-testid="score-links" data-links-for={code}>
      {links.map((l, i) => (
        <Tag
          key={`${l.url}-${i}`}
          icon={<LinkOutlined />}
          closable={editable}
          onClose={(e) => {
            e.preventDefault();
            onChange(links.filter((_, n) => n !== i));
          }}
          style={{ marginInlineEnd: 0, maxWidth: 260, overflow: 'hidden', textOverflow: 'ellipsis' }}
          title={l.url}
        >
          <a href={l.url} target="_blank" rel="noreferrer">
            {l.title || l.url}
          </a>
        </Tag>
      ))}
      {editable && !adding ? (
        <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="score-link-add">
          Ссылка
        </Button>
      ) : null}
      {editable && adding ? (
        <Space.Compact size="small" style={{ width: 320 }}>
          <Input
            autoFocus
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            onPressEnter={add}
            onKeyDown={(e) => {
              if (e.key === 'Escape') setAdding(false);
            }}
            status={url && !valid ? 'error' : undefined}
            placeholder="https://… адрес документа"
            aria-label={`Ссылка на документ: ${code}`}
            data-testid="score-link-input"
          />
          <Button type="primary" disabled={!valid} onClick={add} data-testid="score-link-ok">
            Добавить
          </Button>
          <Button onClick={() => setAdding(false)}>Отмена</Button>
        </Space.Compact>
      ) : null}
    </Flex>
  );
}
