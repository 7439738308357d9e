// The large inputs of the responsive step (issue 17), made once per bench in a folder of its own:
// the same data the e2e specs make (responsive-large, responsive-text-file, backup-large). The
// backup and the GB18030 bytes come from the project's own TypeScript (largeBackup,
// serializeBackup, the tests' legacyEncode), loaded with Vite's module runner; the three text
// generators are copies of the specs' few lines (a spec file cannot be imported: it runs tests).
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'
import { runnerImport } from 'vite'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

async function importTs(file) {
  const { module } = await runnerImport(path.join(root, file), {
    configFile: false,
    logLevel: 'warn',
  })
  return module
}

/** `count` lines, a chapter every `every` (responsive-large.spec.ts planText): 19,800 items. */
export function pasteText(count = 99_000, every = 5) {
  const lines = []
  for (let index = 0; index < count; index++)
    lines.push(
      index % every === 0
        ? `${(index / every) % 9 === 0 ? '一' : '二'}、第${index + 1}行的标题`
        : `第${index + 1}行的正文，写明工作内容。`,
    )
  return lines.join('\n')
}

/** `count` lines of about 100 characters, a chapter every fifth (responsive-text-file.spec.ts). */
function longLines(count) {
  const body = '深入学习贯彻会议精神，推动各项工作落地见效，切实提高履职能力和服务水平。'
  const lines = []
  for (let index = 0; index < count; index++)
    lines.push(
      index % 5 === 0
        ? `${(index / 5) % 9 === 0 ? '一' : '二'}、第${index + 1}行的标题`
        : `第${index + 1}行的正文，${body}${body}${body}`,
    )
  return lines.join('\r\n')
}

/** A Word file of `count` paragraphs, a heading every tenth (responsive-large.spec.ts). */
function largeWordFile(count) {
  const children = []
  for (let index = 0; index < count; index++)
    children.push(
      index % 10 === 0
        ? new Paragraph({
            heading: HeadingLevel.HEADING_1,
            children: [new TextRun(`第${index + 1}段的标题`)],
          })
        : new Paragraph({
            children: [
              new TextRun(`第${index + 1}段的正文，深入学习贯彻会议精神，推动各项工作落地见效，`),
              new TextRun({ text: '切实提高履职能力', bold: true }),
              new TextRun('和服务水平。'),
            ],
          }),
    )
  return Packer.toBuffer(new Document({ sections: [{ children }] }))
}

/**
 * Writes the files into `dir`: a 19 MB GB18030 text of 99,000 lines, a Word file of 90,000
 * paragraphs and a backup of 100,000 items in 50 plans; returns their paths, the paste text and
 * the backup's plans and nodes as one JSON string (to seed a library: one string is handed to the
 * page at once, where 100,000 objects take minutes).
 */
export async function makeResponsiveFiles(dir) {
  const { legacyEncode } = await importTs('e2e/fixtures/legacyEncode.ts')
  const { largeBackup } = await importTs('src/domain/backup/largeBackup.ts')
  const { serializeBackup } = await importTs('src/domain/backup/backupFile.ts')
  const textFile = path.join(dir, '上年计划.txt')
  const bytes = legacyEncode(longLines(99_000), 'gb18030')
  if (bytes.length < 18 * 1024 * 1024) throw new Error(`the text file is ${bytes.length} bytes`)
  await writeFile(textFile, bytes)
  const wordFile = path.join(dir, '上年计划.docx')
  await writeFile(wordFile, await largeWordFile(90_000))
  const backup = largeBackup(100_000, 50)
  const backupFile = path.join(dir, '计划起草备份-十万条.json')
  await writeFile(backupFile, serializeBackup(backup))
  const { plans, nodes } = backup.tables
  return {
    textFile,
    textBytes: bytes.length,
    wordFile,
    backupFile,
    backupRows: JSON.stringify({ plans, nodes }),
    paste: pasteText(),
  }
}
