import { describe, expect, it } from 'vitest';
import { chromiumProblem, loadPipelineConfig } from '../../../pipeline/src/config';

describe('pipeline configuration', () => {
  it('has a default for every variable', () => {
    expect(loadPipelineConfig({})).toEqual({
      chromiumPath: '/usr/bin/chromium',
      concurrency: 2,
      queueMax: 200,
      timeoutMs: 30_000,
      restartAfter: 1000,
      publicUrl: 'http://localhost:1337',
      batchSize: 50,
      signP12: undefined,
      signP12Password: '',
      tsaUrl: undefined,
      ltv: { crlFiles: [], certFiles: [], fetch: true, documentTimestamp: false },
    });
  });

  it('reads the long-term validation files and refuses ones that do not exist, naming the variable', () => {
    expect(
      loadPipelineConfig({ DIENHINH_LTV_CRLS: ' /etc/hostname , ', DIENHINH_DOC_TIMESTAMP: 'true' })
        .ltv,
    ).toEqual({ crlFiles: ['/etc/hostname'], certFiles: [], fetch: true, documentTimestamp: true });
    expect(() => loadPipelineConfig({ DIENHINH_LTV_CERTS: '/khong/co.pem' })).toThrow(
      /không có tệp \/khong\/co.pem .*DIENHINH_LTV_CERTS/,
    );
    expect(() => loadPipelineConfig({ DIENHINH_LTV_FETCH: 'maybe' })).toThrow(/DIENHINH_LTV_FETCH/);
  });

  it('reads the DIENHINH_ variables and trims a trailing slash of the public URL', () => {
    const cfg = loadPipelineConfig({
      DIENHINH_PDF_CONCURRENCY: '4',
      DIENHINH_PDF_QUEUE_MAX: '10',
      DIENHINH_PUBLIC_URL: 'https://dienhinh.example.vn/',
      DIENHINH_PDF_TIMEOUT_MS: '',
    });
    expect(cfg.concurrency).toBe(4);
    expect(cfg.queueMax).toBe(10);
    expect(cfg.timeoutMs).toBe(30_000);
    expect(cfg.publicUrl).toBe('https://dienhinh.example.vn');
  });

  it.each([
    ['DIENHINH_PDF_CONCURRENCY', 'abc', /DIENHINH_PDF_CONCURRENCY="abc".*số nguyên/],
    ['DIENHINH_PDF_CONCURRENCY', '0', /DIENHINH_PDF_CONCURRENCY="0".*≥ 1/],
    ['DIENHINH_PDF_QUEUE_MAX', '1000001', /DIENHINH_PDF_QUEUE_MAX.*≤ 100000/],
    ['DIENHINH_PUBLIC_URL', 'not a url', /DIENHINH_PUBLIC_URL="not a url".*URL/],
  ])('a bad %s=%s names the variable and what is allowed', (name, value, message) => {
    expect(() => loadPipelineConfig({ [name]: value })).toThrow(message);
  });

  it('explains how to install Chromium when the path is missing', () => {
    const problem = chromiumProblem(
      loadPipelineConfig({ DIENHINH_CHROMIUM_PATH: '/nonexistent/chromium' }),
    );
    expect(problem).toContain('/nonexistent/chromium');
    expect(problem).toContain('apt-get install -y chromium');
    expect(problem).toContain('DIENHINH_CHROMIUM_PATH');
  });
});
