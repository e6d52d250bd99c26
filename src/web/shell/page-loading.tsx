import { Flex, Spin } from 'antd';

/** Shown while a page's code is being loaded: a spinner that screen readers announce in Russian. */
export function PageLoading({ fullPage = false }: { fullPage?: boolean }) {
  return (
    <Flex role="status" aria-live="polite" align="center" justify="center" gap={12} style={{ minHeight: fullPage ? '100vh' : 240 }}>
      <Spin size="large" />
      <span>Загрузка страницы…</span>
    </Flex>
  );
}
