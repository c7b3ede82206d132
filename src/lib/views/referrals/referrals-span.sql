-- The first and last days the monthly referrals cover, for the period filter.
SELECT
  CAST(CAST(min(month) || '-01' AS DATE) AS VARCHAR) AS first,
  CAST(last_day(CAST(max(month) || '-01' AS DATE)) AS VARCHAR) AS last
FROM referrals
