import { describe, expect, it } from 'vitest'
import { serializeBackup } from './backupFile'
import { parseBackup } from './parseBackup'
import { testBackup } from './testBackup'

describe('a backup with 主送, 附件说明, 落款 and 成文日期', () => {
  it('carries the fields through a backup and back', () => {
    const backup = testBackup()
    const [first, ...rest] = backup.tables.plans
    const plan = {
      ...first,
      recipient: '各村（社区）工会',
      attachments: ['任务分解表', '考核办法'],
      signature: '某某镇总工会',
      issuedOn: '2025-12-30',
    }
    const withClosing = { ...backup, tables: { ...backup.tables, plans: [plan, ...rest] } }
    const parsed = parseBackup(serializeBackup(withClosing))
    expect(parsed.ok && parsed.backup.tables.plans[0]).toEqual(plan)
  })

  it('carries a template’s closing fields through a backup and back', () => {
    const backup = testBackup()
    const closing = { signature: '{{单位}}', issuedOn: '2025-12-30', year: 2026 }
    const [first, ...rest] = backup.tables.templates
    const template = { ...first, closing }
    const withClosing = { ...backup, tables: { ...backup.tables, templates: [template, ...rest] } }
    const parsed = parseBackup(serializeBackup(withClosing))
    expect(parsed.ok && parsed.backup.tables.templates[0]).toEqual(template)
  })

  it('reads an older file without them, and refuses a date that is not one', () => {
    const old = parseBackup(serializeBackup(testBackup()))
    expect(old.ok && old.backup.tables.plans[0].issuedOn).toBeUndefined()
    const backup = testBackup()
    backup.tables.plans[0] = { ...backup.tables.plans[0], issuedOn: '2025年12月30日' }
    const parsed = parseBackup(serializeBackup(backup))
    expect(parsed.ok).toBe(false)
  })
})
