import { Layout, Typography } from 'antd';
import type { ReactNode } from 'react';

/** The public «МСОКО» section: no menu, no login, readable on a phone. */
export function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <Layout className="public-layout" data-testid="public-layout">
      <Layout.Header className="public-header">
        <a href="/public" className="public-brand">
          СОКО · МСОКО — открытые данные о качестве образования
        </a>
      </Layout.Header>
      <Layout.Content className="public-content">{children}</Layout.Content>
      <Layout.Footer className="public-footer">
        <Typography.Text type="secondary">
          Опубликовано органами управления образованием. <a href="/login">Вход для сотрудников</a>
        </Typography.Text>
      </Layout.Footer>
    </Layout>
  );
}
