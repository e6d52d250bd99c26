import { Typography } from 'antd';

/** The title of a full-page result (not found, no access) as the page's h1, at the size antd draws a result's title. */
export function ResultHeading({ children }: { children: string }) {
  return (
    <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
      {children}
    </Typography.Title>
  );
}
