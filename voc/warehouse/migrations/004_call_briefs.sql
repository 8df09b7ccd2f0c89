-- version 4 (issue 16): call briefs, and call_facts with each call's brief and language.
-- One row per analysed call (analyze stage; see voc/analyze/briefs.py). Text is redacted, extracted from the call.
CREATE TABLE call_briefs (
    call_id     VARCHAR PRIMARY KEY,
    reason      VARCHAR NOT NULL,           -- the customer's own sentence stating the need ('' when none found)
    actions     VARCHAR NOT NULL,           -- what the agent did or offered
    outcome     VARCHAR NOT NULL,           -- resolved | follow_up | transferred | unresolved | unknown
    next_steps  VARCHAR NOT NULL,           -- promises, each prefixed by who made it ("Agent: ...")
    evidence    JSON                        -- {"reason"|"actions"|"next_steps"|"outcome": [{"utt_idx", "start_s", "end_s"}]}
);

CREATE OR REPLACE VIEW call_facts AS
SELECT
    c.call_id, c.file_name, c.started_at, c.duration_s, c.channels, c.direction, c.queue, c.agent_id,
    c.customer_id, c.campaign_code,
    t.language,                                 -- the language of the stored text (en when Whisper translated)
    t.language_detected,                        -- the spoken language (migration 003)
    (SELECT i.intent_id FROM intents i WHERE i.call_id = c.call_id AND i.rank = 1) AS primary_intent,
    (SELECT i.confidence FROM intents i WHERE i.call_id = c.call_id AND i.rank = 1) AS intent_confidence,
    (SELECT count(*) FROM complaints k WHERE k.call_id = c.call_id) AS complaints,
    (SELECT max(k.severity) FROM complaints k WHERE k.call_id = c.call_id) AS max_complaint_severity,
    s.customer_mean AS customer_sentiment, s.customer_shift AS customer_sentiment_shift,
    (SELECT m.talk_ratio FROM call_metrics m WHERE m.call_id = c.call_id AND m.role = 'agent') AS agent_talk_ratio,
    (SELECT m.silence_s FROM call_metrics m WHERE m.call_id = c.call_id AND m.role = 'all') AS silence_s,
    (SELECT string_agg(DISTINCT l.campaign_id, ',') FROM campaign_links l WHERE l.call_id = c.call_id) AS campaigns,
    b.reason AS brief_reason, b.actions AS brief_actions, b.outcome AS brief_outcome,
    b.next_steps AS brief_next_steps
FROM calls c
LEFT JOIN transcripts t USING (call_id)
LEFT JOIN call_sentiment s USING (call_id)
LEFT JOIN call_briefs b USING (call_id)
WHERE c.status = 'ingested';
