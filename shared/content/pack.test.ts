import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { allQuestions, findQuestion, loadPack, questionsBy, tagDisplay, tagLabel } from './load'
import { type ContentItem, type Pack, type PromptBox, type Question, type Tip } from './schema'
import { TAG_IDS } from './blocks'

const PACK_URL = new URL('../../resources/packs/foster-care-reflective-tool.json', import.meta.url)
const rawPack = (): Record<string, unknown> => JSON.parse(readFileSync(PACK_URL, 'utf8')) as Record<string, unknown>

function loaded(): Pack {
  const result = loadPack(rawPack())
  if (!result.ok) throw new Error(`pack did not load:\n${result.errors.join('\n')}`)
  return result.pack
}

const pack = loaded()
const questions = allQuestions(pack)
const itemsOf = (stage: string): ContentItem[] =>
  pack.steps.filter((s) => s.stage === stage).flatMap((s) => s.sections.flatMap((c) => c.items))
const prompts = (stage: string): PromptBox[] => itemsOf(stage).filter((i): i is PromptBox => i.kind === 'prompt')
const tips = (stage: string): Tip[] => itemsOf(stage).filter((i): i is Tip => i.kind === 'tip')
const question = (id: string): Question => {
  const q = findQuestion(pack, id)
  if (!q) throw new Error(`no question ${id}`)
  return q
}

/** Reaches into plain JSON by a dotted path, for breaking a copy of the pack in one place. */
function getAt(root: unknown, path: string): unknown {
  if (path === '') return root
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], root)
}
function parentOf(root: unknown, path: string): [Record<string, unknown>, string] {
  const keys = path.split('.')
  const last = keys.pop() ?? ''
  return [getAt(root, keys.join('.')) as Record<string, unknown>, last]
}
function setAt(root: unknown, path: string, value: unknown): void {
  const [parent, key] = parentOf(root, path)
  parent[key] = value
}
function deleteAt(root: unknown, path: string): void {
  const [parent, key] = parentOf(root, path)
  Reflect.deleteProperty(parent, key)
}
function listAt(root: unknown, path: string): unknown[] {
  return getAt(root, path) as unknown[]
}

// Section titles as printed in the source.
const KNOWING = 'Knowing your foster carers'
const LOCAL = 'Local context'
const EBTS = 'Evidence-based training and support'
const LIVED = 'Lived experience of foster carers'
const WORKFORCE = 'Consistent, supported and skilled workforce'
const KEY_THINGS = 'Key things to consider when planning for any changes across all the recommendations and key principles'

describe('the Reflective Tool pack loads', () => {
  it('passes the schema', () => {
    expect(loadPack(rawPack())).toMatchObject({ ok: true })
    expect(pack.id).toBe('foster-care-reflective-tool')
    expect(pack.version).toBe('1.0.0')
    expect(pack.guide).toMatchObject({ title: 'Foster Care Practice Guide', publisher: 'Foundations' })
    expect(pack.attribution).toContain('Foundations')
    expect(pack.attribution).toContain('What Works Centre for Children & Families')
  })

  it('also accepts the JSON text', () => {
    expect(loadPack(readFileSync(PACK_URL, 'utf8'))).toMatchObject({ ok: true })
    expect(loadPack('{ not json')).toMatchObject({ ok: false })
  })
})

describe('key principles and recommendations, word for word', () => {
  it('has the 8 key principles', () => {
    expect(pack.keyPrinciples.map((kp) => [kp.id, kp.number, kp.text])).toEqual([
      ['KP1', 1, 'Create a coordinated network of support for foster families.'],
      ['KP2', 2, 'Ensure support is delivered by practitioners who are warm, passionate and empathetic, and who approach foster carers as equal partners.'],
      ['KP3', 3, 'Offer facilitated peer support, as it is valued by foster carers as important for their emotional wellbeing.'],
      ['KP4', 4, "Support foster carers' own needs, enabling them to provide children with stable, loving care."],
      ['KP5', 5, "Prioritise support that strengthens foster carers' capacity to understand and respond sensitively to a child in their care."],
      ['KP6', 6, 'Provide structured support while allowing for flexibility and tailoring to individual needs.'],
      ['KP7', 7, 'Help foster carers to engage confidently with support by using a strengths-based, inclusive approach.'],
      ['KP8', 8, 'Provide foster carers with opportunities to put theory into practice.'],
    ])
    for (const kp of pack.keyPrinciples) expect(kp.shortName.split(' ').length).toBeLessThanOrEqual(6)
  })

  it('has the 7 recommendations with the evidence strength the source gives each', () => {
    expect(pack.recommendations.map((r) => [r.id, r.number, r.evidenceStrength, r.text])).toEqual([
      ['R1', 1, 'strong', 'Provide foster carers with evidence-based, multi-level support to improve a range of outcomes'],
      ['R2', 2, 'strong', "Provide foster carers with evidence-based positive child behaviour support to improve children's behavioural outcomes"],
      ['R3', 3, 'good', "Offer evidence-based training to support consistent foster carer-child interactions, to improve children's development and wellbeing"],
      ['R4', 4, 'good', 'Provide foster carers with evidence-based self-care skills and positive child behaviour support to improve carer wellbeing'],
      ['R5', 5, 'good', 'Provide foster carers with evidence-based positive child behaviour support in a group setting to improve placement stability and permanence'],
      ['R6', 6, 'good', 'Offer foster carers evidence-based, relationship-focused training to strengthen relationships with children'],
      ['R7', 7, 'promising', 'Build evidence-based foster carer support networks to improve retention'],
    ])
  })
})

describe('steps and sections', () => {
  it('has Assess, Plan, Do, Review in order', () => {
    expect(pack.steps.map((s) => [s.number, s.stage, s.title])).toEqual([
      [1, 'assess', 'Assess'],
      [2, 'plan', 'Plan'],
      [3, 'do', 'Do'],
      [4, 'review', 'Review'],
    ])
    expect(pack.steps.map((s) => s.introduction.length)).toEqual([3, 1, 1, 1])
    expect(pack.steps[0]?.summary).toMatch(/^Establish the right team and bring them together/)
    expect(pack.steps[3]?.summary).toMatch(/Remember that this is an ongoing, cyclical process\.$/)
  })

  it('has the sections of each step, in source order', () => {
    expect(pack.steps.map((s) => s.sections.map((c) => c.title))).toEqual([
      [KNOWING, LOCAL, EBTS, LIVED, WORKFORCE],
      [null, KEY_THINGS],
      [null],
      [null],
    ])
  })

  it('keeps questions, boxes and tips in source order within a section', () => {
    const kinds = (stage: number, section: number): string =>
      (pack.steps[stage]?.sections[section]?.items ?? []).map((i) => i.kind[0]).join('')
    // q = question, t = tip, p = prompt box
    expect(kinds(0, 0)).toBe('qqqqtqqqqqqqqpqqq')
    expect(kinds(0, 3)).toBe('qqqpqqqqq')
    expect(kinds(0, 4)).toBe('qqqqqqqqqqqqt')
    expect(kinds(1, 0)).toBe('qqqqqqqpp')
    expect(kinds(2, 0)).toBe('pt')
    expect(kinds(3, 0)).toBe('qqqqqqqqqqqqqt')
  })
})

describe('question counts (counted by hand from the source)', () => {
  it('per step', () => {
    expect(questions).toHaveLength(107)
    expect(questionsBy(pack, { stage: 'assess' })).toHaveLength(77)
    expect(questionsBy(pack, { stage: 'plan' })).toHaveLength(17)
    expect(questionsBy(pack, { stage: 'do' })).toHaveLength(0)
    expect(questionsBy(pack, { stage: 'review' })).toHaveLength(13)
  })

  it('per section and line', () => {
    const count = (section: string | undefined, line: 'strategic' | 'practice' | null, stage?: 'plan' | 'review') =>
      questionsBy(pack, { ...(section === undefined ? {} : { section }), line, ...(stage ? { stage } : {}) }).length
    expect(count(KNOWING, 'strategic')).toBe(10)
    expect(count(KNOWING, 'practice')).toBe(5)
    expect(count(LOCAL, 'strategic')).toBe(12)
    expect(count(LOCAL, 'practice')).toBe(10)
    expect(count(EBTS, 'strategic')).toBe(7)
    expect(count(EBTS, 'practice')).toBe(13)
    expect(count(LIVED, 'strategic')).toBe(3)
    expect(count(LIVED, 'practice')).toBe(5)
    expect(count(WORKFORCE, 'strategic')).toBe(5)
    expect(count(WORKFORCE, 'practice')).toBe(7)
    expect(count(undefined, null, 'plan')).toBe(7)
    expect(count(KEY_THINGS, 'strategic')).toBe(7)
    expect(count(KEY_THINGS, 'practice')).toBe(3)
    expect(count(undefined, null, 'review')).toBe(13)
  })

  it('per section (by title or id)', () => {
    expect(questionsBy(pack, { section: KNOWING })).toHaveLength(15)
    expect(questionsBy(pack, { section: LOCAL })).toHaveLength(22)
    expect(questionsBy(pack, { section: EBTS })).toHaveLength(20)
    expect(questionsBy(pack, { section: LIVED })).toHaveLength(8)
    expect(questionsBy(pack, { section: WORKFORCE })).toHaveLength(12)
    expect(questionsBy(pack, { section: KEY_THINGS })).toHaveLength(10)
    expect(questionsBy(pack, { section: 'plan-main' })).toHaveLength(7)
    expect(questionsBy(pack, { section: 'review-main' })).toHaveLength(13)
  })

  it('per line over the whole tool', () => {
    expect(questionsBy(pack, { line: 'strategic' })).toHaveLength(44)
    expect(questionsBy(pack, { line: 'practice' })).toHaveLength(43)
    expect(questionsBy(pack, { line: null })).toHaveLength(20)
    expect(questionsBy(pack, { stage: 'assess', line: 'strategic' })).toHaveLength(37)
    expect(questionsBy(pack, { stage: 'assess', line: 'practice' })).toHaveLength(40)
  })
})

describe('tag counts (counted by hand from the source)', () => {
  const expected: Record<string, number> = {
    KP1: 35,
    KP2: 20,
    KP3: 8,
    KP4: 23,
    KP5: 8,
    KP6: 10,
    KP7: 19,
    KP8: 8,
    R1: 0,
    R2: 0,
    R3: 0,
    R4: 0,
    R5: 0,
    R6: 0,
    R7: 1,
    ALL: 8,
    ALL_RECS: 17,
    EDIE: 14,
  }

  it('over all questions', () => {
    const counts = Object.fromEntries(TAG_IDS.map((tag) => [tag, questions.filter((q) => q.tags.includes(tag)).length]))
    expect(counts).toEqual(expected)
    expect(questions.reduce((n, q) => n + q.tags.length, 0)).toBe(171)
  })

  it('per step for the symbols that matter most in the room', () => {
    const n = (stage: 'assess' | 'plan' | 'review', tag: 'KP1' | 'ALL' | 'ALL_RECS' | 'EDIE') => questionsBy(pack, { stage, tag }).length
    expect([n('assess', 'KP1'), n('plan', 'KP1'), n('review', 'KP1')]).toEqual([27, 6, 2])
    expect([n('assess', 'ALL'), n('plan', 'ALL'), n('review', 'ALL')]).toEqual([2, 0, 6])
    expect([n('assess', 'ALL_RECS'), n('plan', 'ALL_RECS'), n('review', 'ALL_RECS')]).toEqual([11, 4, 2])
    expect([n('assess', 'EDIE'), n('plan', 'EDIE'), n('review', 'EDIE')]).toEqual([8, 4, 2])
  })

  it('every question has tags, none twice', () => {
    for (const q of questions) {
      expect(q.tags.length).toBeGreaterThan(0)
      expect(new Set(q.tags).size).toBe(q.tags.length)
    }
  })
})

describe('spot checks', () => {
  it('splits the bullet that carries two tag groups into two questions (EDIE, then KP1)', () => {
    expect(question('assess-knowing-your-foster-carers-strategic-02')).toMatchObject({
      text: 'What is the composition of your fostering population? Does this largely match the demographics of your children?',
      tags: ['EDIE'],
      line: 'strategic',
      section: KNOWING,
    })
    expect(question('assess-knowing-your-foster-carers-strategic-03')).toMatchObject({
      text: 'How many carers are long-term, short-term or short-break carers, and how many foster carers provide care across these placement types? Are your foster carers mostly caring in couples or as individuals?',
      tags: ['KP1'],
    })
  })

  it('keeps tags in source order and maps ALL RECS to ALL_RECS', () => {
    expect(question('assess-local-context-practice-05').tags).toEqual(['KP7', 'KP1'])
    expect(question('assess-local-context-practice-06')).toMatchObject({
      text: 'How do practitioners take an intersectional approach with carers and the children in their care with different identities, experiences, and needs, e.g., disability, language, culture, sexuality, and neurodiversity?',
      tags: ['KP4', 'KP6', 'KP7', 'EDIE'],
    })
    expect(question('assess-knowing-your-foster-carers-strategic-09')).toMatchObject({
      text: 'Does your current service provision align with the identified needs? What are the gaps?',
      tags: ['KP1', 'KP4', 'ALL_RECS'],
    })
    expect(question('plan-key-things-to-consider-strategic-01').tags).toEqual(['KP7', 'ALL_RECS', 'EDIE'])
    expect(question('plan-main-06').tags).toEqual(['KP4', 'KP5', 'KP6', 'EDIE'])
  })

  it('has the one question tagged with a single recommendation (R7)', () => {
    expect(questionsBy(pack, { tag: 'R7' }).map((q) => [q.id, q.tags])).toEqual([['assess-local-context-strategic-12', ['KP1', 'R7']]])
  })

  it('fixes the PDF hyphenation artefact', () => {
    expect(question('assess-knowing-your-foster-carers-strategic-07').text).toContain('these data-driven insights')
    for (const q of questions) expect(q.text).not.toMatch(/\w- \w/)
  })

  it('has the first and last question of each step', () => {
    expect(questionsBy(pack, { stage: 'assess' })[0]?.text).toBe('How many approved foster carers are there in your local area?')
    expect(questionsBy(pack, { stage: 'assess' }).at(-1)?.text).toBe(
      'How do foster carers experience practitioners’ communication style, tone and availability?',
    )
    expect(questionsBy(pack, { stage: 'plan' })[0]?.text).toBe(
      'How will you secure buy-in across the corporate parenting partnership? What are the barriers and enablers to this engagement?',
    )
    expect(questionsBy(pack, { stage: 'review' }).at(-1)).toMatchObject({
      id: 'review-main-13',
      text: 'Do you need to revisit the Practice Guide to make sure you remain aligned with the key principles and recommendations?',
      tags: ['ALL'],
      line: null,
      section: null,
    })
  })

  it('does not count the "How to use this tool" examples as questions', () => {
    expect(questions.some((q) => q.text === 'How do you understand the support needs of foster carers in your area?')).toBe(false)
    expect(questions.some((q) => q.text.endsWith('e.g., disability, language?'))).toBe(false)
    const howTo = pack.frontMatter.find((f) => f.id === 'front-how-to-use')
    expect(howTo?.body.filter((b) => b.kind === 'example')).toHaveLength(2)
  })

  it('gives every item a unique, readable id and its own step and section', () => {
    const ids = pack.steps.flatMap((s) => [...s.sections.map((c) => c.id), ...s.sections.flatMap((c) => c.items.map((i) => i.id))])
    expect(new Set(ids).size).toBe(ids.length)
    for (const step of pack.steps) {
      for (const section of step.sections) {
        for (const item of section.items) {
          expect(item.id.startsWith(`${step.stage}-`)).toBe(true)
          expect(item.stage).toBe(step.stage)
          expect(item.section).toBe(section.title)
        }
      }
    }
  })
})

describe('prompt boxes and tips', () => {
  it('counts per step', () => {
    expect(['assess', 'plan', 'do', 'review'].map((s) => prompts(s).length)).toEqual([2, 2, 1, 0])
    expect(['assess', 'plan', 'do', 'review'].map((s) => tips(s).length)).toEqual([2, 0, 1, 1])
    expect(prompts('assess').map((p) => p.category)).toEqual(['data-insights', 'edie'])
    expect(prompts('plan').map((p) => [p.category, p.line])).toEqual([
      ['barriers-strategic', 'strategic'],
      ['barriers-practice', 'practice'],
    ])
    expect(prompts('do').map((p) => p.category)).toEqual(['other'])
  })

  it('carries the data insights box with both of its lists', () => {
    const box = prompts('assess')[0]
    expect(box).toMatchObject({
      title: 'Using data insights to shape your evidence-based fostering support',
      section: KNOWING,
      paragraphs: [
        'What could you do to improve the quality and accuracy of the information you collect and collate about your foster carers?',
        'You may want to think about collecting data such as:',
      ],
    })
    expect(box?.items).toHaveLength(5)
    expect(box?.continued).toHaveLength(1)
    expect(box?.continued[0]?.items).toHaveLength(3)
  })

  it('carries the EDIE box: 5 things to consider, 5 practical steps', () => {
    const box = prompts('assess')[1]
    expect(box?.title).toBe('How are you strengthening EDIE in your support for foster carers?')
    expect(box?.section).toBe(LIVED)
    expect(box?.paragraphs).toEqual(['You may wish to consider:'])
    expect(box?.items).toHaveLength(5)
    expect(box?.continued).toEqual([
      expect.objectContaining({ paragraphs: ['Practical steps to embed EDIE in fostering support:'] }),
    ])
    expect(box?.continued[0]?.items).toHaveLength(5)
    expect(box?.continued[0]?.items[0]).toBe(
      'Establish EDIE leads and analysts to provide a deeper understanding of how the support offer is working for underrepresented foster carers. Use the Audit Tool to develop an action plan.',
    )
  })

  it('carries the barriers, the Do prompts and the tips', () => {
    expect(prompts('plan')[0]?.paragraphs[0]).toMatch(/^Leaders – how are you working across the corporate parenting partnership/)
    expect(prompts('plan')[1]?.paragraphs[0]).toMatch(/^Practitioners – how are you addressing logistics/)
    expect(prompts('do')[0]?.items).toHaveLength(7)
    expect(tips('assess').map((t) => t.items.length)).toEqual([3, 4])
    expect(tips('assess')[1]?.paragraphs).toEqual(['When actioning the information gathered in Step 1 Assess, you may want to:'])
    expect(tips('do')[0]?.paragraphs[0]).toMatch(/^Make sure you are clear on who is taking action and by when\./)
  })
})

describe('helpers', () => {
  it('labels and displays tags', () => {
    expect(tagLabel(pack, 'KP3')).toBe('Key Principle 3: Facilitated peer support')
    expect(tagLabel(pack, 'R7')).toBe('Recommendation 7: Support networks for retention')
    expect(tagLabel(pack, 'ALL')).toBe('All key principles and recommendations')
    expect(tagLabel(pack, 'ALL_RECS')).toBe('All recommendations')
    expect(tagLabel(pack, 'EDIE')).toBe('Equality, Diversity, Inclusion and Equity (EDIE)')
    expect(tagDisplay('ALL_RECS')).toBe('ALL RECS')
    expect(tagDisplay('KP1')).toBe('KP1')
  })

  it('filters questions, optionally counting the blanket symbols', () => {
    expect(questionsBy(pack, { tag: 'KP3' })).toHaveLength(8)
    expect(questionsBy(pack, { tag: 'KP3', includeBlanketTags: true })).toHaveLength(8 + 8)
    expect(questionsBy(pack, { tag: 'R2', includeBlanketTags: true })).toHaveLength(8 + 17)
    expect(questionsBy(pack, { stage: 'assess', section: LOCAL, line: 'practice', tag: 'KP4' })).toHaveLength(5)
    expect(findQuestion(pack, 'no-such-question')).toBeUndefined()
    expect(allQuestions(pack).map((q) => q.id).slice(0, 2)).toEqual([
      'assess-knowing-your-foster-carers-strategic-01',
      'assess-knowing-your-foster-carers-strategic-02',
    ])
  })
})

describe('broken packs are refused, naming the place', () => {
  type Json = Record<string, unknown>
  const broken = (change: (p: Json) => void): string[] => {
    const p = rawPack()
    change(p)
    const result = loadPack(p)
    if (result.ok) throw new Error('expected the pack to be refused')
    return result.errors
  }

  it('an unknown tag', () => {
    const errors = broken((p) => {
      setAt(p, 'steps.0.sections.2.items.4.tags.1', 'KP9')
    })
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/^steps\.0\.sections\.2\.items\.4\.tags\.1: /)
    expect(errors[0]).toContain("'KP9'")
  })

  it('a duplicate question id, naming both places', () => {
    const errors = broken((p) => {
      setAt(p, 'steps.1.sections.0.items.2.id', 'assess-knowing-your-foster-carers-strategic-01')
    })
    expect(errors).toEqual([
      "steps.1.sections.0.items.2.id: duplicate id 'assess-knowing-your-foster-carers-strategic-01': used at steps[0].sections[0].items[0] and again at steps[1].sections[0].items[2]",
    ])
  })

  it('duplicate ids among sections, prompts and tips too', () => {
    const errors = broken((p) => {
      setAt(p, 'steps.3.sections.0.id', 'plan-main')
      setAt(p, 'steps.3.sections.0.items.13.id', 'do-main-tip-01')
    })
    expect(errors).toHaveLength(2)
    expect(errors[0]).toMatch(/^steps\.3\.sections\.0\.id: duplicate id 'plan-main': used at steps\[1\]\.sections\[0\]/)
    expect(errors[1]).toMatch(/^steps\.3\.sections\.0\.items\.13\.id: duplicate id 'do-main-tip-01'/)
  })

  it('a question without text', () => {
    const errors = broken((p) => {
      deleteAt(p, 'steps.0.sections.0.items.1.text')
    })
    expect(errors).toEqual(['steps.0.sections.0.items.1.text: text is missing'])
  })

  it('a tag for a key principle the pack does not define', () => {
    const errors = broken((p) => {
      setAt(p, 'keyPrinciples', listAt(p, 'keyPrinciples').slice(0, 6))
    })
    // One error per use of KP7 (19) and KP8 (8).
    expect(errors).toHaveLength(27)
    expect(errors[0]).toMatch(
      /^steps\.0\.sections\.0\.items\.12\.tags\.1: question 'assess-knowing-your-foster-carers-practice-02' is tagged 'KP7', but this pack does not define Key Principle 7/,
    )
  })

  it('a recommendation the pack does not define', () => {
    const errors = broken((p) => {
      setAt(p, 'recommendations', listAt(p, 'recommendations').slice(0, 6))
    })
    expect(errors).toEqual([
      expect.stringMatching(/^steps\.0\.sections\.1\.items\.11\.tags\.1: question 'assess-local-context-strategic-12' is tagged 'R7', but this pack does not define Recommendation 7/),
    ])
  })

  it('a question whose stage differs from its step', () => {
    const errors = broken((p) => {
      setAt(p, 'steps.0.sections.1.items.3.stage', 'plan')
    })
    expect(errors).toEqual([
      "steps.0.sections.1.items.3.stage: question 'assess-local-context-strategic-04' says stage 'plan' but sits in the 'assess' step",
    ])
  })

  it('a question whose section differs from the one it sits in', () => {
    const errors = broken((p) => {
      setAt(p, 'steps.0.sections.1.items.0.section', KNOWING)
    })
    expect(errors[0]).toMatch(/^steps\.0\.sections\.1\.items\.0\.section: /)
  })

  it('a tag given twice, no tags, an unknown evidence strength, a bad step number', () => {
    expect(
      broken((p) => {
        setAt(p, 'steps.0.sections.0.items.0.tags', ['KP1', 'KP1'])
      }),
    ).toEqual(["steps.0.sections.0.items.0.tags.1: tag 'KP1' is given twice"])
    expect(
      broken((p) => {
        setAt(p, 'steps.0.sections.0.items.0.tags', [])
      }),
    ).toEqual(['steps.0.sections.0.items.0.tags: a question needs at least one tag'])
    expect(
      broken((p) => {
        setAt(p, 'recommendations.6.evidenceStrength', 'emerging')
      })[0],
    ).toMatch(/^recommendations\.6\.evidenceStrength: /)
    expect(
      broken((p) => {
        setAt(p, 'steps.2.number', 4)
      }),
    ).toEqual(["steps.2.number: step 'do' must be number 3, not 4"])
  })

  it('leftover tag markers in question text', () => {
    const errors = broken((p) => {
      setAt(p, 'steps.0.sections.0.items.0.text', `${String(getAt(p, 'steps.0.sections.0.items.0.text'))} **KP1**`)
    })
    expect(errors[0]).toMatch(/^steps\.0\.sections\.0\.items\.0\.text: /)
  })

  it('a smaller pack of another tool validates, and its own undefined principles are refused', () => {
    const small = (tags: string[]): Json => ({
      id: 'tiny-tool',
      version: '0.1.0',
      title: 'Tiny tool',
      guide: { title: 'Some Guide', publisher: 'Foundations', url: 'https://foundations.org.uk/' },
      attribution: 'Content by Foundations, What Works Centre for Children & Families.',
      about: [],
      keyPrinciples: [1, 2].map((n) => ({ id: `KP${n}`, number: n, shortName: `Principle ${n}`, text: `Principle ${n}.` })),
      recommendations: [{ id: 'R1', number: 1, shortName: 'One', text: 'Recommendation one', evidenceStrength: 'good' }],
      steps: [
        {
          stage: 'assess',
          number: 1,
          title: 'Assess',
          summary: 'Look.',
          introduction: [],
          sections: [
            {
              id: 'assess-main',
              title: null,
              introduction: [],
              items: [{ kind: 'question', id: 'assess-main-01', stage: 'assess', section: null, line: null, text: 'Why?', tags }],
            },
          ],
        },
      ],
    })
    const ok = loadPack(small(['KP2', 'R1', 'ALL']))
    expect(ok.ok).toBe(true)
    if (ok.ok) {
      expect(ok.pack.frontMatter).toEqual([])
      expect(tagLabel(ok.pack, 'KP2')).toBe('Key Principle 2: Principle 2')
    }
    const bad = loadPack(small(['KP1', 'KP3']))
    expect(bad).toEqual({
      ok: false,
      errors: [
        "steps.0.sections.0.items.0.tags.1: question 'assess-main-01' is tagged 'KP3', but this pack does not define Key Principle 3 (it defines KP1, KP2, R1)",
      ],
    })
    expect(loadPack({ ...small(['KP1']), keyPrinciples: [] })).toMatchObject({ ok: false })
  })
})
