// @vitest-environment node
import { ESLint } from 'eslint'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'

/**
 * The layer rules in eslint.config.js, run on fixture snippets: an import pointing up the layers
 * (domain < db < store < commands/data < ui < editor < features < app) fails `npm test`.
 */
let eslint: ESLint

beforeAll(() => {
  eslint = new ESLint({ cwd: fileURLToPath(new URL('../..', import.meta.url)) })
})

async function restricted(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = x\n`, { filePath })
  return result.messages
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message)
}

describe('layer rules', () => {
  it('refuse an upward import by relative path: db -> features', async () => {
    const errors = await restricted(
      "import { x } from '../features/outline/OutlineRow'",
      'src/db/layerFixture.ts',
    )
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/src\/db may only import from its own or a lower layer/)
  })

  it('refuse an upward import two folders deep: editor/phraseDrop -> features', async () => {
    const errors = await restricted(
      "import { x } from '../../features/x'",
      'src/editor/phraseDrop/layerFixture.ts',
    )
    expect(errors).toHaveLength(1)
  })

  it('refuse React in db and dexie outside db', async () => {
    expect(await restricted("import { x } from 'react'", 'src/db/layerFixture.ts')).toHaveLength(1)
    expect(
      await restricted("import { x } from 'dexie-react-hooks'", 'src/db/layerFixture.ts'),
    ).toHaveLength(1)
    expect(
      await restricted("import x from 'dexie'", 'src/features/outline/layerFixture.ts'),
    ).toHaveLength(1)
  })

  it('allow yjs in domain, but not its storage (y-dexie) or the network (Hocuspocus)', async () => {
    expect(await restricted("import * as x from 'yjs'", 'src/domain/layerFixture.ts')).toEqual([])
    expect(
      await restricted("import x from 'y-dexie'", 'src/domain/document/layerFixture.ts'),
    ).toHaveLength(1)
    expect(
      await restricted(
        "import { x } from '@hocuspocus/provider'",
        'src/domain/document/layerFixture.ts',
      ),
    ).toHaveLength(1)
  })

  it('allow a downward import', async () => {
    expect(
      await restricted(
        "import { x } from '../../ui/phraseDragData'",
        'src/editor/phraseDrop/layerFixture.ts',
      ),
    ).toEqual([])
    expect(
      await restricted("import { x } from '../domain/outline/types'", 'src/db/layerFixture.ts'),
    ).toEqual([])
  })
})
