-- voc warehouse schema, version 1.
-- Every per-call table is keyed by call_id and rewritten as a whole, in one transaction, per call and stage.

CREATE TABLE calls (
    call_id        VARCHAR PRIMARY KEY,      -- SHA-256 of the file's bytes
    path           VARCHAR NOT NULL,         -- first path seen (absolute)
    file_name      VARCHAR NOT NULL,
    size_bytes     BIGINT,
    duration_s     DOUBLE,
    channels       INTEGER,
    sample_rate    INTEGER,
    codec          VARCHAR,
    container      VARCHAR,
    started_at     TIMESTAMP,                -- from the manifest (else file mtime)
    direction      VARCHAR,                  -- inbound | outbound
    queue          VARCHAR,
    agent_id       VARCHAR,
    customer_id    VARCHAR,
    campaign_code  VARCHAR,
    meta           JSON,                     -- every other manifest column
    status         VARCHAR NOT NULL,         -- ingested | failed
    error          VARCHAR,                  -- decoder's reason when status = failed
    ingested_at    TIMESTAMP NOT NULL
);

-- Every path at which a call's bytes were found (the same bytes under two names are one call).
CREATE TABLE call_paths (
    call_id   VARCHAR NOT NULL,
    path      VARCHAR NOT NULL,
    seen_at   TIMESTAMP NOT NULL,
    PRIMARY KEY (call_id, path)
);

-- Per-call, per-stage ledger: what is done, with which settings, and what failed.
CREATE TABLE call_stages (
    call_id        VARCHAR NOT NULL,
    stage          VARCHAR NOT NULL,        -- transcribe | speakers | analyze | attribute ...
    status         VARCHAR NOT NULL,        -- done | failed | quarantined
    settings_hash  VARCHAR,
    run_id         VARCHAR,
    started_at     TIMESTAMP,
    finished_at    TIMESTAMP,
    attempts       INTEGER NOT NULL DEFAULT 0,
    error          VARCHAR,
    PRIMARY KEY (call_id, stage)
);

CREATE TABLE runs (
    run_id         VARCHAR PRIMARY KEY,
    started_at     TIMESTAMP NOT NULL,
    finished_at    TIMESTAMP,
    status         VARCHAR NOT NULL,        -- running | done | partial | failed
    settings_hash  VARCHAR,
    executor       VARCHAR,
    host           VARCHAR,
    pid            INTEGER,
    counts         JSON,                    -- {"stage": {"done": n, "failed": n, "skipped": n}}
    durations      JSON,                    -- {"stage": seconds}
    failures       JSON                     -- [{"call_id", "stage", "error"}]
);

-- What produced each stage's results.
CREATE TABLE model_versions (
    stage          VARCHAR NOT NULL,
    settings_hash  VARCHAR NOT NULL,
    model          VARCHAR NOT NULL,
    version        VARCHAR,
    details        JSON,
    first_seen     TIMESTAMP NOT NULL,
    PRIMARY KEY (stage, settings_hash, model)
);

-- transcribe stage --------------------------------------------------------------------------------------
CREATE TABLE transcripts (
    call_id        VARCHAR PRIMARY KEY,
    language       VARCHAR,
    language_prob  DOUBLE,
    model          VARCHAR,
    compute_type   VARCHAR,
    device         VARCHAR,
    audio_s        DOUBLE,
    elapsed_s      DOUBLE,
    run_id         VARCHAR,
    created_at     TIMESTAMP
);

CREATE TABLE utterances (
    call_id            VARCHAR NOT NULL,
    idx                INTEGER NOT NULL,    -- time order across channels
    channel            INTEGER NOT NULL,
    speaker            VARCHAR,             -- filled by the speakers stage
    role               VARCHAR,             -- agent | customer | unknown (speakers stage)
    start_s            DOUBLE NOT NULL,
    end_s              DOUBLE NOT NULL,
    text               VARCHAR NOT NULL,    -- REDACTED text
    lang               VARCHAR,
    avg_logprob        DOUBLE,
    no_speech_prob     DOUBLE,
    compression_ratio  DOUBLE,
    PRIMARY KEY (call_id, idx)
);

CREATE TABLE words (
    call_id   VARCHAR NOT NULL,
    utt_idx   INTEGER NOT NULL,
    idx       INTEGER NOT NULL,
    start_s   DOUBLE NOT NULL,
    end_s     DOUBLE NOT NULL,
    word      VARCHAR NOT NULL,             -- REDACTED (a PII word becomes its placeholder)
    prob      DOUBLE,
    channel   INTEGER,
    speaker   VARCHAR,
    PRIMARY KEY (call_id, utt_idx, idx)
);

CREATE TABLE pii_spans (
    call_id      VARCHAR NOT NULL,
    utt_idx      INTEGER NOT NULL,
    pii_type     VARCHAR NOT NULL,
    char_start   INTEGER NOT NULL,          -- offsets in the original text
    char_end     INTEGER NOT NULL,
    start_s      DOUBLE,
    end_s        DOUBLE,
    replacement  VARCHAR NOT NULL
);

-- Only written when settings.pii.keep_original = true.
CREATE TABLE utterances_original (
    call_id  VARCHAR NOT NULL,
    idx      INTEGER NOT NULL,
    text     VARCHAR NOT NULL,
    PRIMARY KEY (call_id, idx)
);

-- speakers stage ----------------------------------------------------------------------------------------
CREATE TABLE speakers (
    call_id          VARCHAR NOT NULL,
    speaker          VARCHAR NOT NULL,
    role             VARCHAR NOT NULL,      -- agent | customer | unknown
    role_confidence  DOUBLE,
    role_reason      VARCHAR,
    channel          INTEGER,
    PRIMARY KEY (call_id, speaker)
);

CREATE TABLE turns (
    call_id  VARCHAR NOT NULL,
    idx      INTEGER NOT NULL,
    speaker  VARCHAR NOT NULL,
    start_s  DOUBLE NOT NULL,
    end_s    DOUBLE NOT NULL,
    PRIMARY KEY (call_id, idx)
);

CREATE TABLE call_metrics (
    call_id            VARCHAR NOT NULL,
    role               VARCHAR NOT NULL,    -- agent | customer | unknown | all
    talk_s             DOUBLE,
    talk_ratio         DOUBLE,
    silence_s          DOUBLE,
    longest_silence_s  DOUBLE,
    overtalk_s         DOUBLE,
    interruptions      INTEGER,             -- interruptions made BY this role
    turns              INTEGER,
    words              INTEGER,
    wpm                DOUBLE,
    first_response_s   DOUBLE,              -- agent: time to first agent response after the customer first speaks
    PRIMARY KEY (call_id, role)
);

-- analyze stage -----------------------------------------------------------------------------------------
CREATE TABLE entities (
    call_id     VARCHAR NOT NULL,
    utt_idx     INTEGER NOT NULL,
    label       VARCHAR NOT NULL,
    text        VARCHAR NOT NULL,
    norm        VARCHAR,
    char_start  INTEGER,
    char_end    INTEGER,
    source      VARCHAR
);

CREATE TABLE sentiment (
    call_id   VARCHAR NOT NULL,
    utt_idx   INTEGER NOT NULL,
    score     DOUBLE NOT NULL,
    label     VARCHAR NOT NULL,
    vader     DOUBLE,
    markers   VARCHAR[],
    PRIMARY KEY (call_id, utt_idx)
);

CREATE TABLE call_sentiment (
    call_id              VARCHAR PRIMARY KEY,
    customer_start       DOUBLE,            -- mean customer score, first third of the call
    customer_end         DOUBLE,            -- mean customer score, last third
    customer_shift       DOUBLE,            -- end - start
    customer_mean        DOUBLE,
    agent_mean           DOUBLE,
    agent_empathy        INTEGER,           -- count of empathy markers in agent speech
    agent_apologies      INTEGER
);

CREATE TABLE intents (
    call_id     VARCHAR NOT NULL,
    intent_id   VARCHAR NOT NULL,
    confidence  DOUBLE NOT NULL,
    rank        INTEGER NOT NULL,           -- 1 = primary call driver
    PRIMARY KEY (call_id, intent_id)
);

CREATE TABLE complaints (
    call_id    VARCHAR NOT NULL,
    utt_idx    INTEGER NOT NULL,
    severity   INTEGER NOT NULL,
    reasons    VARCHAR[],
    text       VARCHAR NOT NULL,            -- redacted customer text
    start_s    DOUBLE,
    theme_id   INTEGER,                     -- filled by the themes step
    PRIMARY KEY (call_id, utt_idx)
);

-- corpus-level steps (refit over all calls; ids stable across runs) ------------------------------------
CREATE TABLE themes (
    theme_id    INTEGER PRIMARY KEY,
    label       VARCHAR NOT NULL,
    keywords    VARCHAR[],
    quotes      JSON,                       -- [{"call_id", "utt_idx", "text"}]
    size        INTEGER,
    model       VARCHAR,
    fitted_at   TIMESTAMP
);

CREATE TABLE topics (
    topic_id    INTEGER PRIMARY KEY,
    label       VARCHAR NOT NULL,
    keywords    VARCHAR[],
    size        INTEGER,
    method      VARCHAR,                    -- bertopic | kmeans
    fitted_at   TIMESTAMP
);

CREATE TABLE call_topics (
    call_id    VARCHAR NOT NULL,
    utt_idx    INTEGER NOT NULL,            -- -1 when the document is the whole call
    topic_id   INTEGER NOT NULL,
    PRIMARY KEY (call_id, utt_idx)
);

-- campaigns ---------------------------------------------------------------------------------------------
CREATE TABLE campaigns (
    campaign_id     VARCHAR PRIMARY KEY,
    name            VARCHAR NOT NULL,
    channel         VARCHAR,
    start_date      DATE,
    end_date        DATE,
    offer           VARCHAR,
    keywords        VARCHAR[],
    promo_codes     VARCHAR[],
    target_segment  VARCHAR,
    imported_at     TIMESTAMP
);

CREATE TABLE campaign_links (
    call_id      VARCHAR NOT NULL,
    campaign_id  VARCHAR NOT NULL,
    evidence     VARCHAR NOT NULL,          -- manifest_code | promo_code | keyword | offer
    matched      VARCHAR,
    utt_idx      INTEGER,
    start_s      DOUBLE,
    strength     DOUBLE NOT NULL
);

-- views for people ---------------------------------------------------------------------------------------
CREATE VIEW customer_utterances AS
SELECT u.*, c.started_at, c.queue, c.campaign_code
FROM utterances u JOIN calls c USING (call_id)
WHERE u.role = 'customer';

CREATE VIEW call_facts AS
SELECT
    c.call_id, c.file_name, c.started_at, c.duration_s, c.channels, c.direction, c.queue, c.agent_id,
    c.customer_id, c.campaign_code,
    t.language,
    (SELECT i.intent_id FROM intents i WHERE i.call_id = c.call_id AND i.rank = 1) AS primary_intent,
    (SELECT i.confidence FROM intents i WHERE i.call_id = c.call_id AND i.rank = 1) AS intent_confidence,
    (SELECT count(*) FROM complaints k WHERE k.call_id = c.call_id) AS complaints,
    (SELECT max(k.severity) FROM complaints k WHERE k.call_id = c.call_id) AS max_complaint_severity,
    s.customer_mean AS customer_sentiment, s.customer_shift AS customer_sentiment_shift,
    (SELECT m.talk_ratio FROM call_metrics m WHERE m.call_id = c.call_id AND m.role = 'agent') AS agent_talk_ratio,
    (SELECT m.silence_s FROM call_metrics m WHERE m.call_id = c.call_id AND m.role = 'all') AS silence_s,
    (SELECT string_agg(DISTINCT l.campaign_id, ',') FROM campaign_links l WHERE l.call_id = c.call_id) AS campaigns
FROM calls c
LEFT JOIN transcripts t USING (call_id)
LEFT JOIN call_sentiment s USING (call_id)
WHERE c.status = 'ingested';
