import type { PromptBox, Question, Tip } from '../../../shared/content/schema'
import type { Pack } from '../../../shared/content/schema'
import { tagDisplay, tagLabel } from '../../../shared/content/read'
import './plan.css'

/** A prompt box or tip from the content pack: paragraphs, bullets, then any continued groups, in order. */
export function PackBox({ box, headingLevel = 3 }: { box: PromptBox | Tip; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4'
  const groups = [{ paragraphs: box.paragraphs, items: box.items }, ...(box.kind === 'prompt' ? box.continued : [])]
  return (
    <div className={`pack-box pack-box--${box.kind}`}>
      <Heading>{box.kind === 'prompt' ? boxTitle(box) : 'Tip'}</Heading>
      {groups.map((group, index) => (
        <div key={index}>
          {group.paragraphs.map((paragraph) => <p key={paragraph}>{paragraph}</p>)}
          {group.items.length > 0 && (
            <ul>
              {group.items.map((item) => <li key={item}>{item}</li>)}
            </ul>
          )}
        </div>
      ))}
    </div>
  )
}

/** The two barriers boxes share one title in the tool; the line tells them apart. */
function boxTitle(box: PromptBox): string {
  if (box.category === 'barriers-strategic') return `${box.title}: strategic`
  if (box.category === 'barriers-practice') return `${box.title}: practice`
  return box.title
}

/** A question of the tool with its tags in words, for the prompts beside a step. */
export function PackQuestion({ pack, question }: { pack: Pack; question: Question }) {
  return (
    <li className="pack-question">
      <span>{question.text}</span>{' '}
      <span className="pack-question__tags">
        {question.tags.map((tag) => (
          <abbr key={tag} title={tagLabel(pack, tag)} className="pack-tag">
            {tagDisplay(tag)}
          </abbr>
        ))}
      </span>
    </li>
  )
}

/** Every item of one stage of the pack, by kind. */
export function stageItems(pack: Pack, stage: Question['stage']) {
  const items = pack.steps.filter((step) => step.stage === stage).flatMap((step) => step.sections.flatMap((section) => section.items))
  return {
    questions: items.filter((item): item is Question => item.kind === 'question'),
    prompts: items.filter((item): item is PromptBox => item.kind === 'prompt'),
    tips: items.filter((item): item is Tip => item.kind === 'tip'),
  }
}
