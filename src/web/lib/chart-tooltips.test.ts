import { describe, expect, it } from 'vitest';
import { axisTooltip, itemTooltip } from './chart-tooltips.ts';

const PHISHING = 'Район <a href="https://evil.example/login">Сессия истекла — войдите</a>';

describe('chart tooltips', () => {
  it('show a name with markup as text in an item tooltip', () => {
    const html = itemTooltip(PHISHING, '75 %');
    expect(html).not.toContain('<a');
    expect(html).toBe('Район &lt;a href=&quot;https://evil.example/login&quot;&gt;Сессия истекла — войдите&lt;/a&gt;: <b>75 %</b>');
  });

  it('show series names and the axis label as text in an axis tooltip, keeping the marker', () => {
    const marker = '<span style="background-color:#1677ff;"></span>';
    const html = axisTooltip(
      [
        { seriesName: PHISHING, marker, axisValueLabel: '2024 <img src=x>', value: 61.25 },
        { seriesName: 'Регион', marker, axisValueLabel: '2024 <img src=x>', value: null },
      ],
      ' %',
    );
    expect(html).not.toMatch(/<a|<img/);
    expect(html).toBe(
      [
        '2024 &lt;img src=x&gt;',
        `${marker}Район &lt;a href=&quot;https://evil.example/login&quot;&gt;Сессия истекла — войдите&lt;/a&gt;: <b>61,25 %</b>`,
        `${marker}Регион: <b>нет данных</b>`,
      ].join('<br/>'),
    );
  });
});
