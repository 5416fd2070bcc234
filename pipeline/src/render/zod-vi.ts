// Every zod message in Vietnamese (zod's own "vi" locale) unless a schema gives its own.
import { z } from 'zod';

z.config(z.locales.vi());
