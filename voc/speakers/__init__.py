"""Speakers of a call: who spoke when, whose words are whose, who is the agent, and how they talked.

- ``voc.speakers.diarize``: mono diarization (``Diarizer``) and stereo channel turns (``stereo_turns``)
- ``voc.speakers.campplus``: the bundled CAM++ speaker-embedding network
- ``voc.speakers.align``: ``assign_speakers(transcript, turns)`` gives every word and utterance its speaker
- ``voc.speakers.roles``: ``assign_roles(...)`` agent / customer per speaker, with confidence
- ``voc.speakers.metrics``: talk share, first response, overtalk, interruptions per role

Heavy dependencies (torch, pyannote) are imported inside functions, so importing this package stays fast.
"""
