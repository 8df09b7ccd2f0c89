-- version 6 (issue 13): call drivers per deployment, stored document embeddings, corpus-model state.
-- intents.source: 'taxonomy' (classified against a configured taxonomy or trained model) or 'discovered'
-- (assigned by the corpus step to a driver discovered from the calls' reason sentences; see voc/analyze/drivers.py).
ALTER TABLE intents ADD COLUMN source VARCHAR DEFAULT 'taxonomy';

-- Call drivers discovered from the customers' reason sentences (no taxonomy configured). Ids are stable across
-- nights: new calls are assigned to the nearest driver; refits keep an id wherever the centroids match.
CREATE TABLE drivers (
    driver_id   VARCHAR PRIMARY KEY,           -- "d<number>", what intents.intent_id holds for discovered drivers
    label       VARCHAR NOT NULL,              -- a short phrase in the customers' words
    keywords    VARCHAR[],
    examples    JSON,                          -- [{"call_id", "text"}] representative reason sentences
    size        INTEGER,
    centroid    FLOAT[],
    fitted_at   TIMESTAMP
);

-- One embedding per document, computed once in the per-call analyze stage (so on Ray workers too):
-- kind 'reason' (utt_idx -1: the sentence(s) stating why the customer called), 'call' (utt_idx -1: all customer
-- speech), 'utterance' (topics.unit = utterance), 'complaint' (complaint utterances, for themes).
CREATE TABLE doc_embeddings (
    call_id     VARCHAR NOT NULL,
    kind        VARCHAR NOT NULL,
    utt_idx     INTEGER NOT NULL,
    text        VARCHAR,
    model       VARCHAR,
    embedding   FLOAT[],
    PRIMARY KEY (call_id, kind, utt_idx)
);

-- When each corpus model (topics, themes, drivers) was last fitted, on how many documents, and the drift signal.
CREATE TABLE corpus_fits (
    model          VARCHAR PRIMARY KEY,        -- topics | themes | drivers
    fitted_at      TIMESTAMP,
    docs_at_fit    BIGINT,                     -- documents in the warehouse at the fit
    fit_docs       INTEGER,                    -- documents the fit saw (a bounded sample)
    mean_sim_fit   DOUBLE,                     -- mean cosine of the fit's documents to their centroid
    assigned       BIGINT DEFAULT 0,           -- documents assigned since the fit
    mean_sim_new   DOUBLE                      -- mean cosine of those to their nearest centroid (drift when it drops)
);
