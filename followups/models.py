# Follow-up reports (uppföljningar) live here; see the follow-up issue.
