import { expect, it } from 'vitest'
import { benchFigure } from '../../../test/benchFigure'
import { buildExportBlocks } from '../exportModel'
import { DEFAULT_EXPORT_OPTIONS, DEFAULT_PRINT_SETTINGS } from '../exportOptions'
import { largePlan } from '../fixtures/largePlan'
import { buildDocx, docxBytes } from './buildDocx'

// A unit benchmark (npm run bench:unit): a plan of 2,000 nodes to the bytes of a .docx.
it('exports a plan of 2,000 nodes to .docx', { timeout: 60_000 }, async () => {
  const large = largePlan()
  expect(large.nodes).toHaveLength(2000)
  // Warm up with a small plan, so the figure is the export and not module start-up.
  const small = largePlan(1, 1, 1)
  await docxBytes(
    buildDocx(
      buildExportBlocks(small.plan, small.nodes, DEFAULT_EXPORT_OPTIONS),
      DEFAULT_PRINT_SETTINGS,
      { title: small.plan.title, numbering: small.plan.numbering },
    ),
  )
  const cpu = process.cpuUsage()
  const started = performance.now()
  const blocks = buildExportBlocks(large.plan, large.nodes, DEFAULT_EXPORT_OPTIONS)
  const bytes = await docxBytes(
    buildDocx(blocks, DEFAULT_PRINT_SETTINGS, {
      title: large.plan.title,
      numbering: large.plan.numbering,
    }),
  )
  const wall = performance.now() - started
  const used = process.cpuUsage(cpu)
  expect(bytes.byteLength).toBeGreaterThan(10_000)
  const size = `${(bytes.byteLength / 1024).toFixed(0)} KiB`
  benchFigure('docxExportCpu', (used.user + used.system) / 1000, `CPU, ${size}`)
  benchFigure('docxExportWall', wall, 'wall')
})
