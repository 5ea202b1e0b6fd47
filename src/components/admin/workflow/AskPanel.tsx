'use client'
import type { ReactNode } from 'react'
import { Button } from '@payloadcms/ui'
import { panelStyle } from './panelStyle'

type Props = {
  /** The id of the input the label names. */
  inputId: string
  label: string
  /** The input itself (a note, a time). */
  children: ReactNode
  confirmId: string
  confirmLabel: string
  confirmDisabled: boolean
  onConfirm: () => void
  onCancel: () => void
}

/** What a workflow move asks before it is made (the review note, the publication time): a labelled input, confirm and cancel. */
export const AskPanel = ({
  inputId,
  label,
  children,
  confirmId,
  confirmLabel,
  confirmDisabled,
  onConfirm,
  onCancel,
}: Props) => (
  <div style={panelStyle}>
    <label htmlFor={inputId} style={{ display: 'block', marginBottom: '0.25rem' }}>
      {label}
    </label>
    {children}
    <div style={{ display: 'flex', gap: '0.5rem', marginTop: '0.5rem' }}>
      <Button
        size="small"
        margin={false}
        disabled={confirmDisabled}
        onClick={onConfirm}
        id={confirmId}
      >
        {confirmLabel}
      </Button>
      <Button size="small" margin={false} buttonStyle="secondary" onClick={onCancel}>
        Cancel
      </Button>
    </div>
  </div>
)
