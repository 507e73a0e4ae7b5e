import type { Db } from '../sqlite'
import { up as workshopsAndGroups } from './001_workshops_and_groups'
import { up as assess } from './002_assess'
import { up as voting } from './003_voting'
import { up as plan } from './004_plan'
import { up as youSaidThemes } from './005_you_said_themes'
import { up as presenterPinAndPage } from './006_presenter_pin_and_page'
import { up as phones } from './007_phones'
import { up as teamLibrary } from './008_team_library'

/** Migrations in order; the index + 1 is the user_version a file has after running it. Never edit a shipped one. */
export const migrations: ReadonlyArray<(db: Db) => void> = [workshopsAndGroups, assess, voting, plan, youSaidThemes, presenterPinAndPage, phones, teamLibrary]
