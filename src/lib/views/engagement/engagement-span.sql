-- The first and last days the engagement counts cover, for the period filter.
SELECT CAST(min(period_start) AS VARCHAR) AS first, CAST(max(period_end) AS VARCHAR) AS last
FROM engagement_events
