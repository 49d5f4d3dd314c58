import { describe, expect, test } from 'vitest';
import { mapRenderedLines } from '../../src/chart/source-map.js';
import { renderChart } from '../../src/chart/render-chart.js';
import { outputLineOrigins } from '../../src/chart/output-origins.js';
import { formatTemplateOutput } from '../../src/chart/render-chart.js';
import { fileURLToPath } from 'node:url';

describe('source map', () => {
  test('literal lines, action lines, ranges and multi-line expansions', () => {
    const tpl = ['kind: ConfigMap', 'metadata:', '  name: {{ .Values.name }}', 'data:', '  {{- range .Values.items }}', '  item-{{ . }}: x', '  {{- end }}', '  yaml: |', '    {{- toYaml .Values.obj | nindent 4 }}'].join('\n');
    const out = ['kind: ConfigMap', 'metadata:', '  name: web', 'data:', '  item-a: x', '  item-b: x', '  yaml: |', '    a: 1', '    b: 2'].join('\n');
    expect(mapRenderedLines(tpl, out)).toEqual([1, 2, 3, 4, 6, 6, 8, 9, 9]);
  });

  test('findings on the example chart point at template lines', () => {
    const chart = fileURLToPath(new URL('../../fixtures/charts/example', import.meta.url));
    const r = renderChart(chart, {});
    const out = formatTemplateOutput(r, {});
    const origins = outputLineOrigins(r, out);
    const lines = out.split('\n');
    const ingressClass = lines.findIndex((l) => l.includes('ingressClassName:')) + 1;
    expect(origins({ file: 'x', line: ingressClass, column: 3 })).toEqual({ file: 'example/templates/ingress.yaml', line: 9, column: 1 });
    const port = lines.findIndex((l) => l.includes('containerPort: 6379')) + 1;
    expect(origins({ file: 'x', line: port, column: 1 })).toEqual({ file: 'example/charts/cache/templates/deployment.yaml', line: 19, column: 1 });
  });
});

describe('renderChart documents', () => {
  test('each manifest knows its template, parsed object and template lines', () => {
    const chart = fileURLToPath(new URL('../../fixtures/charts/example', import.meta.url));
    const r = renderChart(chart, {});
    const ing = r.manifests.find((m) => m.head.kind === 'Ingress');
    expect(ing?.name).toBe('example/templates/ingress.yaml');
    expect((ing?.object as { spec: { ingressClassName: string } }).spec.ingressClassName).toBe('nginx');
    const line = (ing?.content.split('\n').findIndex((l) => l.includes('ingressClassName')) ?? 0) + 1;
    expect(ing?.origin?.(line)).toEqual({ template: 'example/templates/ingress.yaml', line: 9 });
    expect(r.notes).toContain('Visit http://example.local/');
  });
});
