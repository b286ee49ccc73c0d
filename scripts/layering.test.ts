import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layering rules of eslint.config.mjs, tried on one-line files: each forbidden arrow fails,
// the allowed ones pass (so the rules can fail and do not block what the layout allows).
const eslint = new ESLint({ cwd: process.cwd() });

async function restricted(filePath: string, code: string): Promise<boolean> {
  const [result] = await eslint.lintText(`${code}\nexport const used = x;\n`, { filePath });
  return result.messages.some((m) => m.ruleId === 'no-restricted-imports');
}

describe('layering (eslint no-restricted-imports)', () => {
  it.each([
    ['components/widgets/moe-playground/x.tsx', "import * as x from '@tensorflow/tfjs';"],
    ['app/(site)/x.tsx', "import { x } from '@/lib/tf/moe-layer';"],
    ['components/widgets/moe-playground/x.tsx', "import { x } from '@/lib/widgets/moe-playground/trainer';"],
    ['components/widgets/tiny-transformer/x.tsx', "import { x } from '@/lib/widgets/tiny-transformer/trainer';"],
    ['components/widgets/shared/x.tsx', "import { x } from '@/lib/widgets/moe-playground/worker-handler';"],
    ['components/x.tsx', "import { x } from '@/lib/widgets/moe-playground/trainer';"],
    ['components/x.tsx', "import { x } from '@/lib/widgets/moe-playground/worker-handler';"],
    ['lib/math/x.ts', "import { x } from '@/lib/tf/routing';"],
    ['lib/math/x.ts', "import { x } from 'zod';"],
    ['lib/math/x.ts', "import { x } from '../params/knobs';"],
    ['lib/params/x.ts', "import { x } from 'react';"],
    ['lib/content/x.ts', "import { x } from '@/components/mdx/widget';"],
    ['components/widgets/attention-explorer/x.tsx', "import { x } from '@/components/widgets/routing-lab/token-strip';"],
    ['lib/widgets/routing-lab/x.ts', "import { x } from '@/lib/widgets/attention-explorer/model';"],
    ['lib/widgets/attention-explorer/x.ts', "import { x } from '../routing-lab/tokens';"],
    ['lib/train/x.ts', "import { x } from '@/lib/widgets/moe-playground/protocol';"],
    ['lib/train/x.test.ts', "import { x } from '@/lib/widgets/moe-playground/trainer';"],
    ['lib/train/x.ts', "import { x } from 'react';"],
    ['components/embed/x.tsx', "import { x } from '@/lib/widgets/registry';"],
    ['components/widgets/moe-playground/x.tsx', "import { x } from '@/lib/widgets/registry';"],
  ])('%s may not: %s', async (file, code) => {
    expect(await restricted(file, code)).toBe(true);
  });

  it.each([
    ['components/widgets/moe-playground/x.tsx', "import { x } from '@/lib/train/run-protocol';"],
    ['components/widgets/moe-playground/x.tsx', "import { x } from '@/lib/widgets/moe-playground/client';"],
    ['components/widgets/moe-playground/x.tsx', "import { x } from '@/components/widgets/shared/notices';"],
    ['lib/math/x.ts', "import { x } from './softmax';"],
    ['lib/widgets/routing-lab/x.ts', "import { x } from '@/lib/data/text';"],
    ['lib/content/x.test.ts', "import { x } from '@/components/mdx/widget';"],
    ['lib/train/x.test.ts', "import { x } from '@/lib/tf/routing';"],
    ['components/widgets/moe-playground/x.tsx', "import { x } from '@/lib/widgets/moe-playground/widget';"],
  ])('%s may: %s', async (file, code) => {
    expect(await restricted(file, code)).toBe(false);
  });
});
