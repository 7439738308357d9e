import { describe, expect, it } from 'vitest'
import { parseCollaborationCode, teamRefusalMessage } from './collaborationCode'

describe('协作码', () => {
  it('names the plan and is the token', () => {
    const code = ' 3f2a-9c.AbC_d-12 '
    expect(parseCollaborationCode(code)).toEqual({ planId: '3f2a-9c', token: '3f2a-9c.AbC_d-12' })
  })

  it('refuses what is not a code', () => {
    for (const code of ['', 'abc', '.secret', 'plan.', 'pl an.secret', 'plan.se cret'])
      expect(parseCollaborationCode(code)).toBeNull()
  })

  it('explains a refusal in Chinese', () => {
    expect(teamRefusalMessage('wrong-token')).toMatch(/协作码不正确/)
    expect(teamRefusalMessage('unknown-plan')).toMatch(/服务器上没有这个计划/)
    expect(teamRefusalMessage('other')).toBe('服务器拒绝连接（other）')
  })
})
