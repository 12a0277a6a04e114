import { useEffect, useMemo, useRef, useState } from 'react'
import { articleParagraphs, rangeInParagraph } from '../../lib/article-paragraphs'
import { useShortcutKey } from '../../lib/use-shortcut-key'
import { nextParagraph, previousParagraph, readingOrder, SPEEDS, voicesInOrder, type SpokenSentence } from './reading-order'

type Props = {
  paragraphs: readonly string[]
  language: string
  onClose: () => void
}

/** The name of the CSS custom highlight that marks the sentence being spoken (styles.css). */
const SPOKEN = 'read-aloud'

/**
 * Reads the article aloud with the browser's own speech synthesis, a sentence at a time,
 * from the paragraph at the top of the window: play and pause, the previous or next
 * paragraph, speed and voice. The sentence being spoken is marked with a CSS custom
 * highlight (the article's DOM and the reader's highlights are left alone) and kept in
 * view, unless the reader scrolls elsewhere. Closing it, or leaving the page, stops it.
 */
export function ReadAloudPlayer({ paragraphs, language, onClose }: Props) {
  const order = useMemo(() => readingOrder(paragraphs), [paragraphs])
  const [at, setAt] = useState(() => firstSentenceOnScreen(order))
  const [playing, setPlaying] = useState(true)
  const [rate, setRate] = useState(1)
  const [voiceName, setVoiceName] = useState('')
  const [problem, setProblem] = useState('')
  const voices = useVoices(language)
  const voice = voices.find((candidate) => candidate.name === voiceName)
  const followingRef = useFollowing()
  const playButton = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    playButton.current?.focus()
  }, [])

  useEffect(() => {
    if (!playing) return
    const sentence = order[at]
    if (!sentence) return
    let current = true
    const utterance = new SpeechSynthesisUtterance(sentence.text)
    utterance.lang = language
    utterance.rate = rate
    if (voice) utterance.voice = voice
    utterance.onend = () => {
      if (!current) return
      if (at + 1 < order.length) setAt(at + 1)
      else {
        setPlaying(false)
        setAt(0)
      }
    }
    utterance.onerror = (event) => {
      // Cancelling (pause, skip, a new speed) interrupts the sentence: that is no problem.
      if (!current || event.error === 'interrupted' || event.error === 'canceled') return
      setProblem(`This browser could not speak the article (${event.error}).`)
      setPlaying(false)
    }
    speechSynthesis.speak(utterance)
    return () => {
      current = false
      speechSynthesis.cancel()
    }
  }, [playing, at, order, rate, voice, language])

  useMarkSpoken(order[at], followingRef)
  useStopWhenLeaving()
  // `l` pauses and plays while the player is open.
  useShortcutKey('l', () => {
    followingRef.current = true
    setProblem('')
    setPlaying((wasPlaying) => !wasPlaying)
  })

  const jump = (to: number | null) => {
    followingRef.current = true
    setProblem('')
    if (to === null) {
      setPlaying(false)
      setAt(0)
    } else setAt(to)
  }
  const sentence = order[at]

  return (
    <section
      aria-label="Read aloud"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose()
      }}
      className="fixed inset-x-2 bottom-2 z-40 mx-auto grid max-w-xl gap-3 rounded-lg border border-rule bg-panel p-4 font-sans text-sm shadow-lg sm:bottom-4 print:hidden"
    >
      <p className="text-muted">
        {problem || (sentence && playing ? `Reading paragraph ${String(sentence.paragraph + 1)} of ${String(paragraphs.length)}` : 'Paused')}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" onClick={() => jump(previousParagraph(order, at))} className={BUTTON}>
          Previous paragraph
        </button>
        <button
          ref={playButton}
          type="button"
          onClick={() => {
            followingRef.current = true
            setProblem('')
            setPlaying(!playing)
          }}
          className={`${BUTTON} min-w-20 bg-ink text-canvas hover:bg-accent`}
        >
          {playing ? 'Pause' : 'Play'}
        </button>
        <button type="button" onClick={() => jump(nextParagraph(order, at))} className={BUTTON}>
          Next paragraph
        </button>
        <button type="button" onClick={onClose} className={`${BUTTON} ml-auto`}>
          Stop
        </button>
      </div>
      <div className="flex flex-wrap gap-x-4 gap-y-2">
        <label className="flex items-center gap-2">
          Speed
          <select value={rate} onChange={(event) => setRate(Number(event.target.value))} className={SELECT}>
            {SPEEDS.map((speed) => (
              <option key={speed} value={speed}>
                {speed}×
              </option>
            ))}
          </select>
        </label>
        <label className="flex min-w-0 items-center gap-2">
          Voice
          <select value={voiceName} onChange={(event) => setVoiceName(event.target.value)} className={`${SELECT} min-w-0 flex-1`}>
            <option value="">The browser’s default</option>
            {voices.map((candidate) => (
              <option key={candidate.name} value={candidate.name}>
                {candidate.name} ({candidate.lang})
              </option>
            ))}
          </select>
        </label>
      </div>
    </section>
  )
}

const BUTTON = 'rounded-md border border-rule px-3 py-1.5 font-semibold hover:border-ink'
const SELECT = 'rounded-md border border-rule bg-canvas px-2 py-1'

/** Reading starts with the first paragraph whose end is on screen. */
function firstSentenceOnScreen(order: readonly SpokenSentence[]): number {
  const onScreen = articleParagraphs().findIndex((paragraph) => paragraph.getBoundingClientRect().bottom > 0)
  const first = order.findIndex((sentence) => sentence.paragraph >= onScreen)
  return Math.max(0, first)
}

function useVoices(language: string): SpeechSynthesisVoice[] {
  const [voices, setVoices] = useState(() => speechSynthesis.getVoices())
  useEffect(() => {
    // Many browsers list their voices only after a moment.
    const update = () => {
      setVoices(speechSynthesis.getVoices())
    }
    speechSynthesis.addEventListener('voiceschanged', update)
    return () => {
      speechSynthesis.removeEventListener('voiceschanged', update)
    }
  }, [])
  return useMemo(() => voicesInOrder(voices, language), [voices, language])
}

/**
 * Whether to keep the spoken sentence in view: yes, until the reader scrolls themselves
 * (wheel, touch, keys); again once they come back to it, or skip.
 */
function useFollowing() {
  const followingRef = useRef(true)
  useEffect(() => {
    const away = () => {
      followingRef.current = false
    }
    const onKey = (event: KeyboardEvent) => {
      if (['PageUp', 'PageDown', 'Home', 'End', ' ', 'ArrowUp', 'ArrowDown'].includes(event.key)) away()
    }
    window.addEventListener('wheel', away, { passive: true })
    window.addEventListener('touchmove', away, { passive: true })
    window.addEventListener('keydown', onKey)
    return () => {
      window.removeEventListener('wheel', away)
      window.removeEventListener('touchmove', away)
      window.removeEventListener('keydown', onKey)
    }
  }, [])
  return followingRef
}

function useMarkSpoken(sentence: SpokenSentence | undefined, followingRef: { current: boolean }) {
  useEffect(() => {
    const paragraph = sentence && articleParagraphs()[sentence.paragraph]
    const range = sentence && paragraph && rangeInParagraph(paragraph, sentence.start, sentence.end)
    if (!range) return
    const box = range.getBoundingClientRect()
    // The player covers the foot of the window: a sentence behind it is not in view.
    const inView = box.top >= 0 && box.bottom <= window.innerHeight * 0.7
    if (inView) followingRef.current = true
    else if (followingRef.current) {
      const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches
      window.scrollBy({ top: box.top - window.innerHeight * 0.3, behavior: reduceMotion ? 'instant' : 'smooth' })
    }
    if (!('highlights' in CSS)) return
    CSS.highlights.set(SPOKEN, new Highlight(range))
    return () => {
      CSS.highlights.delete(SPOKEN)
    }
  }, [sentence, followingRef])
}

/** Speech outlives the page in some browsers: leaving it stops the voice. */
function useStopWhenLeaving() {
  useEffect(() => {
    const stop = () => {
      speechSynthesis.cancel()
    }
    window.addEventListener('pagehide', stop)
    return () => {
      window.removeEventListener('pagehide', stop)
      stop()
    }
  }, [])
}
