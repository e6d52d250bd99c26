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
};

/**
 * The text of filled tags is the 7th shade of a preset colour: here its 8th (gold, yellow, lime: 9th).
 * antd keeps each shade under two names (green7 and green-7, the latter for its CSS variables).
 */
const TAG_TEXT: Record<string, string> = {
  red: '#a8071a',
  volcano: '#ad2102',
  orange: '#ad4e00',
  gold: '#874d00',
  yellow: '#876800',
  lime: '#3f6600',
  green: '#237804',
  cyan: '#006d75',
  blue: '#003eb3',
  geekblue: '#10239e',
  purple: '#391085',
  magenta: '#9e1068',
};
const TAG_TEXT_TOKENS = Object.fromEntries(
  Object.entries(TAG_TEXT).flatMap(([hue, hex]) => [
    [`${hue}7`, hex],
    [`${hue}-7`, hex],
  ]),
);

const theme = {
  token: {
    colorPrimary: '#1659a8',
    borderRadius: 6,
    // Pages have one h1 (the page title) and h2 sections, drawn at the sizes of antd's h4 and h5.
    fontSizeHeading1: 20,
    fontSizeHeading2: 16,
    ...CONTRAST_TOKENS,
    ...TAG_TEXT_TOKENS,
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
