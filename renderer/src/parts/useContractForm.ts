import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useEffectEvent } from 'react'
import { useForm, type DefaultValues, type FieldErrors, type FieldValues, type Path, type Resolver } from 'react-hook-form'
import { z } from 'zod'
import { sameDraft } from '../../../shared/domain/drafts'
import { RequestError } from '../api/client'
import type { Draft } from '../ui/useDraft'

interface Options<Values extends FieldValues, Parsed> {
  /** The contract's own schema for what the call takes, e.g. workshopDetailsSchema. */
  schema: z.ZodType<Parsed>
  /** What was typed, kept as it is typed (useDraft): the form starts from it and writes back to it. */
  draft: Draft<Values>
  /** Typed text to the call's input (a UK date to ISO, a number from text); what cannot be read goes on as typed, for the schema to refuse. */
  read?: (values: Values) => unknown
  /** Fields whose text cannot be read at all, in the form's own words (instead of the schema's). */
  unreadable?: (values: Values) => Partial<Record<Path<Values>, string>>
  /** The call names the form's fields under a prefix (`details.title`): dropped, so its messages land on the fields. */
  serverPrefix?: string
  /** Said above the form when what was typed is refused here, before any call is made. */
  summary?: string
}

/**
 * One form written once: React Hook Form over the contract's zod schema, field messages from the
 * schema here and from the server's refusal (set once, with setError), the call's own message
 * above the form, and the typing kept by useDraft so a reload or a crash loses nothing.
 */
export function useContractForm<Values extends FieldValues, Parsed>({ schema, draft, read, unreadable, serverPrefix, summary }: Options<Values, Parsed>) {
  const form = useForm<Values, unknown, Parsed>({
    defaultValues: draft.value as DefaultValues<Values>,
    resolver: readingResolver(schema, read, unreadable),
    // Messages change when the form is sent again, not while the facilitator is still typing.
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  })

  // Every change is kept as it is typed.
  const keep = useEffectEvent((values: Values) => draft.set(structuredClone(values)))
  useEffect(() => {
    const subscription = form.watch((values) => keep(values as Values))
    return () => subscription.unsubscribe()
  }, [form])

  // Restored, discarded or reset from outside the fields (the draft notice, a save that empties the form).
  const kept = draft.value
  useEffect(() => {
    if (!sameDraft(form.getValues(), kept)) form.reset(kept)
  }, [form, kept])

  const errors = form.formState.errors

  /** Sends the form: checked against the schema, then `call`; a refusal's messages go beside the fields they name. */
  function submit(call: (parsed: Parsed) => Promise<void>) {
    return form.handleSubmit(
      async (parsed) => {
        try {
          await call(parsed)
        } catch (failure) {
          refuse(failure)
        }
      },
      () => {
        if (summary) form.setError('root.summary', { type: 'invalid', message: summary })
      },
    )
  }

  function refuse(failure: unknown) {
    if (!(failure instanceof RequestError)) {
      form.setError('root.server', { type: 'server', message: String(failure) })
      return
    }
    for (const [path, message] of Object.entries(failure.error.fields ?? {})) {
      const field = serverPrefix && path.startsWith(serverPrefix) ? path.slice(serverPrefix.length) : path
      form.setError(field as Path<Values>, { type: 'server', message })
    }
    form.setError('root.server', { type: 'server', message: failure.error.message })
  }

  return {
    form,
    submit,
    busy: form.formState.isSubmitting,
    /** The message above the form: the server's refusal, or the summary of what was refused here. */
    formError: errors.root?.server?.message ?? errors.root?.summary?.message,
    /** The message for a field (or a path the server named), or for anything under it (`links` answers for `links.0`). */
    errorOf: (path: string) => firstMessage(errorsAt(errors, path)),
  }
}

function readingResolver<Values extends FieldValues, Parsed>(schema: z.ZodType<Parsed>, read?: (values: Values) => unknown, unreadable?: (values: Values) => Partial<Record<string, string>>): Resolver<Values, unknown, Parsed> {
  // The contract's schema, fed what was typed as the call would receive it.
  const formSchema = z.preprocess((values) => (read ? read(values as Values) : values), schema) as unknown as z.ZodType<Parsed, Values>
  const checked = zodResolver(formSchema)
  return async (values, context, options) => {
    const result = await checked(values, context, options)
    const words = Object.entries(unreadable?.(values) ?? {}).filter((entry): entry is [string, string] => entry[1] !== undefined)
    if (words.length === 0) return result
    const errors: FieldErrors = { ...result.errors }
    for (const [field, message] of words) errors[field] = { type: 'unreadable', message }
    return { values: {}, errors: errors as FieldErrors<Values> }
  }
}

/** The errors at a dotted path (`links.0`), as React Hook Form nests them. */
function errorsAt(errors: FieldErrors, path: string): FieldErrors | undefined {
  let here: unknown = errors
  for (const key of path.split('.')) here = here && typeof here === 'object' ? (here as Record<string, unknown>)[key] : undefined
  return here && typeof here === 'object' ? here : undefined
}

function firstMessage(error: FieldErrors | undefined): string | undefined {
  if (!error) return undefined
  // A field's own error has a type; anything else holds the errors of the fields under it.
  if ('type' in error) return typeof error.message === 'string' ? error.message : undefined
  for (const value of Object.values(error)) {
    const message = value && typeof value === 'object' ? firstMessage(value as FieldErrors) : undefined
    if (message) return message
  }
  return undefined
}
