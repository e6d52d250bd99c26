import { App as AntApp, ConfigProvider } from 'antd';
import ruRU from 'antd/locale/ru_RU';
import { SessionGate } from './shell/session-gate.tsx';

/**
 * Colours with text contrast of at least 4.5:1 on white and on their light backgrounds (WCAG 2.1 AA,
 * ГОСТ Р 52872-2019): antd's defaults for secondary text (#8c8c8c), links (#1677ff), status colours
 * and the text of coloured tags (e.g. gold on cream) fall short of it.
 */
const CONTRAST_TOKENS = {
  colorInfo: '#1659a8',
  colorLink: '#1659a8',
  colorLinkHover: '#2f74c7',
  colorLinkActive: '#0f3d73',
  colorSuccess: '#237804',
  colorWarning: '#ad4e00',
  colorError: '#cf1322',
  colorTextTertiary: '#616161',
  colorTextDescription: '#616161',
  colorTextPlaceholder: '#737373',
  // the text of filled tags is the 7th shade of a preset colour: here its 8th (gold, yellow, lime: 9th)
  red7: '#a8071a',
  volcano7: '#ad2102',
  orange7: '#ad4e00',
  gold7: '#874d00',
  yellow7: '#876800',
  lime7: '#3f6600',
  green7: '#237804',
  cyan7: '#006d75',
  blue7: '#003eb3',
  geekblue7: '#10239e',
  purple7: '#391085',
  magenta7: '#9e1068',
};

const theme = {
  token: {
    colorPrimary: '#1659a8',
    borderRadius: 6,
    // Pages have one h1 (the page title) and h2 sections, drawn at the sizes of antd's h4 and h5.
    fontSizeHeading1: 20,
    fontSizeHeading2: 16,
    ...CONTRAST_TOKENS,
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
