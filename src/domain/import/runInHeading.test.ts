import { describe, expect, it } from 'vitest'
import { cleanTitle, splitRunIn } from './runInHeading'

describe('splitRunIn', () => {
  it('a heading alone: all title, no final 。', () => {
    expect(splitRunIn('进一步推进权力清单公开')).toEqual({
      title: '进一步推进权力清单公开',
      rest: '',
    })
    expect(splitRunIn('进一步推进权力清单公开。')).toEqual({
      title: '进一步推进权力清单公开',
      rest: '',
    })
  })

  it('a run-in heading: the first sentence is the title, the rest is body', () => {
    expect(splitRunIn('进一步推进权力清单公开。要在……基础上，全面公开。')).toEqual({
      title: '进一步推进权力清单公开',
      rest: '要在……基础上，全面公开。',
    })
  })

  it('a title ends at ； or ： too', () => {
    expect(splitRunIn('指导思想：以科学发展观为统领。')).toEqual({
      title: '指导思想',
      rest: '以科学发展观为统领。',
    })
    expect(splitRunIn('坚持党的领导；贯彻党委意图。')).toEqual({
      title: '坚持党的领导',
      rest: '贯彻党委意图。',
    })
  })

  it('a 。 inside quotes or brackets does not end the title', () => {
    expect(splitRunIn('开展“我为节能减排作贡献。”活动。引导职工')).toEqual({
      title: '开展“我为节能减排作贡献。”活动',
      rest: '引导职工',
    })
  })

  it('a run-on first sentence is cut at its first comma', () => {
    const sentence =
      '着力推进社会和谐，围绕发展社会事业，社会公平正义，建设和谐文化，完善农村民主管理等方面，开展人大的监督和协助工作。'
    expect(splitRunIn(sentence)).toEqual({
      title: '着力推进社会和谐',
      rest: '围绕发展社会事业，社会公平正义，建设和谐文化，完善农村民主管理等方面，开展人大的监督和协助工作。',
    })
  })

  it('a long line without a sentence end is cut at its first comma; a short one is all title', () => {
    const long = '加强财政监督，' + '督促本级政府严格编制和执行预算'.repeat(4)
    expect(splitRunIn(long).title).toBe('加强财政监督')
    expect(splitRunIn('紧紧围绕党委工作大局，充分发挥人大作用')).toEqual({
      title: '紧紧围绕党委工作大局，充分发挥人大作用',
      rest: '',
    })
  })

  it('a time is not a sentence end', () => {
    expect(splitRunIn('8:30召开会议').title).toBe('8:30召开会议')
  })
})

it('cleanTitle drops trailing punctuation and spaces', () => {
  expect(cleanTitle('加强领导。 ')).toBe('加强领导')
  expect(cleanTitle('主要任务：')).toBe('主要任务')
})
