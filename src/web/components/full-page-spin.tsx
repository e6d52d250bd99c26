import { Flex, Spin } from 'antd';

/** Centered spinner shown while the session is being resolved. */
export function FullPageSpin() {
  return (
    <Flex align="center" justify="center" style={{ height: '100vh' }}>
      <Spin size="large" />
    </Flex>
  );
}
