import { z } from 'zod'
import {
  bulletsSchema,
  contentIdSchema,
  describeInput,
  describeSection,
  evidenceStrengthSchema,
  keyPrincipleIdSchema,
  paragraphsSchema,
  placement,
  plainText,
  recommendationIdSchema,
  sectionTitleSchema,
  STAGES,
  stageSchema,
  tagIdSchema,
  type Stage,
  type TagId,
} from './blocks'

/**
 * Content packs: a reflective tool (for now, Foundations' Reflective Tool for actioning the
 * Foster Care Practice Guide) carried as data. Every question is tagged with the key principles
 * and recommendations it relates to, so a room's discussion can be routed to the right principle.
 *
 * Types are only ever inferred from these schemas (`z.infer`), never declared a second time.
 */

// ---------------------------------------------------------------------------------------------
// The Guide: key principles and recommendations
// ---------------------------------------------------------------------------------------------

export const keyPrincipleSchema = z.object({
  id: keyPrincipleIdSchema,
  number: z.int().min(1),
  /** A short label of a few words, for chips. */
  shortName: plainText('shortName'),
  /** The principle word for word. */
  text: plainText('text'),
})
export type KeyPrinciple = z.infer<typeof keyPrincipleSchema>

export const recommendationSchema = z.object({
  id: recommendationIdSchema,
  number: z.int().min(1),
  shortName: plainText('shortName'),
  /** The full recommendation statement, word for word. */
  text: plainText('text'),
  /** The strength of evidence the source states for it. */
  evidenceStrength: evidenceStrengthSchema,
  /** Any further text the source gives for the recommendation. */
  detail: z.array(plainText('detail')).optional(),
})
export type Recommendation = z.infer<typeof recommendationSchema>

// ---------------------------------------------------------------------------------------------
// Content items
// ---------------------------------------------------------------------------------------------

export const questionSchema = z.object({
  kind: z.literal('question'),
  ...placement,
  /** The question as printed, without its tag symbols. */
  text: plainText('text'),
  /** The tag symbols printed after the question, in source order. */
  tags: z
    .array(tagIdSchema, { error: (issue) => (issue.input === undefined ? 'tags are missing' : 'tags must be a list') })
    .min(1, { error: 'a question needs at least one tag' })
    .superRefine((tags, ctx) => {
      tags.forEach((tag, index) => {
        if (tags.indexOf(tag) !== index) {
          ctx.addIssue({ code: 'custom', path: [index], message: `tag '${tag}' is given twice` })
        }
      })
    }),
})
export type Question = z.infer<typeof questionSchema>

/** A further paragraph/bullet group of a box, following the first one. */
export const textGroupSchema = z.object({
  paragraphs: paragraphsSchema,
  items: bulletsSchema,
})
export type TextGroup = z.infer<typeof textGroupSchema>

export const PROMPT_CATEGORIES = ['data-insights', 'edie', 'barriers-strategic', 'barriers-practice', 'other'] as const
export const promptCategorySchema = z.enum(PROMPT_CATEGORIES)
export type PromptCategory = z.infer<typeof promptCategorySchema>

/**
 * A boxed prompt (data insights, EDIE, barriers…): untagged reflective material.
 * Render `paragraphs` then `items`, then each group of `continued` the same way, in order:
 * some boxes go paragraph, bullets, paragraph, bullets.
 */
export const promptBoxSchema = z
  .object({
    kind: z.literal('prompt'),
    ...placement,
    /** The box's heading as in the source (sentence case; the source prints these in capitals). */
    title: plainText('title'),
    category: promptCategorySchema,
    paragraphs: paragraphsSchema,
    items: bulletsSchema,
    continued: z.array(textGroupSchema).default([]),
  })
  .refine((box) => box.paragraphs.length + box.items.length > 0, {
    error: 'a prompt box needs at least one paragraph or item',
  })
export type PromptBox = z.infer<typeof promptBoxSchema>

/** A "TIP" box: paragraphs, then bullets. */
export const tipSchema = z
  .object({
    kind: z.literal('tip'),
    ...placement,
    paragraphs: paragraphsSchema,
    items: bulletsSchema,
  })
  .refine((tip) => tip.paragraphs.length + tip.items.length > 0, {
    error: 'a tip needs at least one paragraph or item',
  })
export type Tip = z.infer<typeof tipSchema>

export const contentItemSchema = z.discriminatedUnion('kind', [questionSchema, promptBoxSchema, tipSchema], {
  error: (issue) =>
    issue.code === 'invalid_union' && issue.note === 'No matching discriminator'
      ? `kind must be 'question', 'prompt' or 'tip' (got ${describeInput((issue.input as { kind?: unknown } | undefined)?.kind)})`
      : undefined,
})
export type ContentItem = z.infer<typeof contentItemSchema>
export type ContentKind = ContentItem['kind']

// ---------------------------------------------------------------------------------------------
// Structure
// ---------------------------------------------------------------------------------------------

export const sectionSchema = z.object({
  id: contentIdSchema,
  /** The section heading; `null` where the step's content has none. */
  title: sectionTitleSchema,
  introduction: paragraphsSchema,
  /** Questions, prompt boxes and tips in source order. */
  items: z.array(contentItemSchema),
})
export type Section = z.infer<typeof sectionSchema>

export const stepSchema = z.object({
  stage: stageSchema,
  number: z.int().min(1).max(4),
  /** e.g. 'Assess'. */
  title: plainText('title'),
  /** The short description of the step from the tool's overview. */
  summary: plainText('summary'),
  introduction: paragraphsSchema,
  sections: z.array(sectionSchema).min(1, { error: 'a step needs at least one section' }),
})
export type Step = z.infer<typeof stepSchema>

/** Front-matter blocks keep paragraphs and the source's illustrative examples in order. */
export const frontMatterBodySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('paragraph'), text: plainText('text') }),
  /** An example question printed to explain the symbols; not one of the tool's questions. */
  z.object({ kind: z.literal('example'), text: plainText('text'), tags: z.array(tagIdSchema).min(1) }),
])
export type FrontMatterBody = z.infer<typeof frontMatterBodySchema>

export const frontMatterSchema = z.object({
  id: contentIdSchema,
  title: plainText('title').nullable(),
  body: z.array(frontMatterBodySchema).min(1),
})
export type FrontMatter = z.infer<typeof frontMatterSchema>

export const linkSchema = z.object({
  label: plainText('label'),
  url: z.url({ error: 'url must be a web address' }),
})
export type Link = z.infer<typeof linkSchema>

// ---------------------------------------------------------------------------------------------
// The pack
// ---------------------------------------------------------------------------------------------

const packObjectSchema = z.object({
  id: contentIdSchema,
  version: z.string().regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, { error: 'version must be semver, e.g. 1.0.0' }),
  title: plainText('title'),
  guide: z.object({
    title: plainText('guide title'),
    publisher: plainText('publisher'),
    url: z.url({ error: 'guide url must be a web address' }),
  }),
  /** Credits Foundations as the author of the tool's content. */
  attribution: plainText('attribution'),
  about: paragraphsSchema,
  /** The tool's other introductory pages (scope, who should use it, how to use it…), in order. */
  frontMatter: z.array(frontMatterSchema).default([]),
  keyPrinciples: z.array(keyPrincipleSchema).min(1, { error: 'a pack needs at least one key principle' }),
  recommendations: z.array(recommendationSchema).min(1, { error: 'a pack needs at least one recommendation' }),
  steps: z.array(stepSchema).min(1, { error: 'a pack needs at least one step' }),
  /** Further resources the source points to. */
  links: z.array(linkSchema).default([]),
  contact: z.email({ error: 'contact must be an email address' }).optional(),
})

type PackShape = z.infer<typeof packObjectSchema>
type Path = (string | number)[]

/** `['steps', 0, 'sections', 2]` → `steps[0].sections[2]`. */
export function formatPlace(path: readonly PropertyKey[]): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else out += out === '' ? String(part) : `.${String(part)}`
  }
  return out === '' ? '(pack)' : out
}

function checkPack(pack: PackShape, ctx: z.RefinementCtx): void {
  const report = (path: Path, message: string): void => {
    ctx.addIssue({ code: 'custom', path, message: `${formatPlace(path)}: ${message}` })
  }

  // One id namespace across the whole pack.
  const seen = new Map<string, string>()
  const claim = (id: string, path: Path): void => {
    const here = formatPlace(path)
    const first = seen.get(id)
    if (first === undefined) seen.set(id, here)
    else report([...path, 'id'], `duplicate id '${id}': used at ${first} and again at ${here}`)
  }

  pack.keyPrinciples.forEach((kp, i) => {
    claim(kp.id, ['keyPrinciples', i])
    if (kp.id !== `KP${kp.number}`) report(['keyPrinciples', i, 'number'], `number ${kp.number} does not match id '${kp.id}'`)
  })
  pack.recommendations.forEach((rec, i) => {
    claim(rec.id, ['recommendations', i])
    if (rec.id !== `R${rec.number}`) report(['recommendations', i, 'number'], `number ${rec.number} does not match id '${rec.id}'`)
  })

  const defined = new Set<string>([...pack.keyPrinciples.map((kp) => kp.id), ...pack.recommendations.map((r) => r.id)])
  const definedList = [...defined].join(', ')
  const checkTags = (tags: readonly TagId[], path: Path, owner: string): void => {
    tags.forEach((tag, t) => {
      if (tag === 'ALL' || tag === 'ALL_RECS' || tag === 'EDIE' || defined.has(tag)) return
      const what = tag.startsWith('KP') ? `Key Principle ${tag.slice(2)}` : `Recommendation ${tag.slice(1)}`
      report([...path, t], `${owner} is tagged '${tag}', but this pack does not define ${what} (it defines ${definedList})`)
    })
  }

  pack.frontMatter.forEach((block, b) => {
    claim(block.id, ['frontMatter', b])
    block.body.forEach((part, p) => {
      if (part.kind === 'example') checkTags(part.tags, ['frontMatter', b, 'body', p, 'tags'], `example in '${block.id}'`)
    })
  })

  let previousStageIndex = -1
  const stageAt = new Map<Stage, string>()
  pack.steps.forEach((step, s) => {
    const stageIndex = STAGES.indexOf(step.stage)
    const stepPlace = formatPlace(['steps', s])
    const firstAt = stageAt.get(step.stage)
    if (firstAt !== undefined) report(['steps', s, 'stage'], `stage '${step.stage}' appears twice: at ${firstAt} and again at ${stepPlace}`)
    else stageAt.set(step.stage, stepPlace)
    if (step.number !== stageIndex + 1) {
      report(['steps', s, 'number'], `step '${step.stage}' must be number ${stageIndex + 1}, not ${step.number}`)
    }
    if (stageIndex < previousStageIndex) report(['steps', s, 'stage'], `step '${step.stage}' is out of order (steps go ${STAGES.join(', ')})`)
    previousStageIndex = Math.max(previousStageIndex, stageIndex)

    step.sections.forEach((section, c) => {
      claim(section.id, ['steps', s, 'sections', c])
      section.items.forEach((item, k) => {
        const path: Path = ['steps', s, 'sections', c, 'items', k]
        claim(item.id, path)
        if (item.stage !== step.stage) {
          report([...path, 'stage'], `${item.kind} '${item.id}' says stage '${item.stage}' but sits in the '${step.stage}' step`)
        }
        if (item.section !== section.title) {
          report(
            [...path, 'section'],
            `${item.kind} '${item.id}' says section ${describeSection(item.section)} but sits in section ${describeSection(section.title)}`,
          )
        }
        if (item.kind === 'question') checkTags(item.tags, [...path, 'tags'], `question '${item.id}'`)
      })
    })
  })
}

export const packSchema = packObjectSchema.superRefine(checkPack)
export type Pack = z.infer<typeof packSchema>
/** What a pack file may contain before defaults are filled in. */
export type PackInput = z.input<typeof packSchema>
