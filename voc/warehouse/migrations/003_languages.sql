-- version 3 (issue 20): spoken-language identification, the language policy's decision, and which analysis steps
-- did not run on a call because their models do not cover its language.
-- transcripts.language stays "the language of the stored text" (``en`` when Whisper translated);
-- language_prob is the identification's probability of the language that was decoded.
ALTER TABLE transcripts ADD COLUMN language_detected VARCHAR;      -- spoken language: LID over several 30 s windows of speech, channels combined
ALTER TABLE transcripts ADD COLUMN language_detected_prob DOUBLE;  -- its probability (mean over the windows)
ALTER TABLE transcripts ADD COLUMN language_status VARCHAR;        -- expected | other | uncertain | skipped | forced | no_speech
ALTER TABLE transcripts ADD COLUMN task VARCHAR;                   -- transcribe | translate | skipped (not decoded: see language_reason)
ALTER TABLE transcripts ADD COLUMN translated BOOLEAN;             -- the text is Whisper's English translation (asr.task = 'translate')
ALTER TABLE transcripts ADD COLUMN language_reason VARCHAR;        -- why skipped / uncertain / forced
ALTER TABLE transcripts ADD COLUMN language_detail JSON;           -- per channel: language, probability, speech seconds, top languages, windows

-- analyze stage: a row per (call, step) that did NOT run on the call, and why (e.g. its model is English-only and
-- the call is in French). A step of an analysed call without a row here ran.
CREATE TABLE analysis_skips (
    call_id   VARCHAR NOT NULL,
    step      VARCHAR NOT NULL,     -- entities | sentiment | intents | complaints | ...
    language  VARCHAR,              -- the language of the call's text
    reason    VARCHAR NOT NULL,
    PRIMARY KEY (call_id, step)
);
