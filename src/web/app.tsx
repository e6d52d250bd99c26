import { App as AntApp, ConfigProvider } from 'antd';
import ruRU from 'antd/locale/ru_RU';
import { SessionGate } from './shell/session-gate.tsx';

const theme = {
  token: {
    colorPrimary: '#1659a8',
    borderRadius: 6,
    // Pages have one h1 (the page title) and h2 sections, drawn at the sizes of antd's h4 and h5.
    fontSizeHeading1: 20,
    fontSizeHeading2: 16,
    fontFamily: "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif",
  },
  components: {
    Layout: { headerHeight: 56, headerPadding: '0 20px', headerBg: '#0f3d73', siderBg: '#ffffff' },
  },
};

/** Root component: antd configuration (Russian locale, theme) and session handling. */
export function App() {
  return (
    <ConfigProvider locale={ruRU} theme={theme}>
      <AntApp>
        <SessionGate />
      </AntApp>
    </ConfigProvider>
  );
}
