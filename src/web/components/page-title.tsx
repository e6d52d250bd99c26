import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useDocumentTitle } from '../hooks/use-document-title.ts';

interface PageTitleProps {
  title: string;
  extra?: ReactNode;
}

/** Page heading that also sets the browser tab title. */
export function PageTitle({ title, extra }: PageTitleProps) {
  useDocumentTitle(title);
  return (
    <Flex justify="space-between" align="center" className="page-title">
      <Typography.Title level={1} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      {extra}
    </Flex>
  );
}
