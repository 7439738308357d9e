// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { cleanPastedHtml } from './cleanPastedHtml'

describe('cleanPastedHtml', () => {
  it('drops Word styles, comments, scripts and attributes but keeps text and paragraphs', () => {
    const word = `<html><head><style>p.MsoNormal{font-family:仿宋}</style></head><body>
      <!--[if gte mso 9]><xml><o:OfficeDocumentSettings/></xml><![endif]-->
      <p class="MsoNormal" style="text-indent:32pt"><span lang="ZH-CN" style="font-size:16pt">加强组织领导。</span><o:p></o:p></p>
      <script>alert(1)</script>
      <p onclick="steal()"><b>强化督查考核</b></p></body></html>`
    const clean = cleanPastedHtml(word)
    expect(clean).not.toMatch(/style|script|class=|onclick|alert|o:p|mso/i)
    expect(clean).toContain('<p><span>加强组织领导。</span></p>')
    expect(clean).toContain('<p><b>强化督查考核</b></p>')
  })
})
