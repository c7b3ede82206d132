-- Referral totals as the papers print them, kept apart from the monthly
-- sample and never summed with it. $1 service or NULL for all. Their periods
-- are mostly undated, so the period filter does not apply to them.
SELECT
  period_label,
  CAST(period_start AS VARCHAR) AS period_start,
  CAST(period_end AS VARCHAR) AS period_end,
  service,
  CAST(referrals AS INTEGER) AS referrals,
  qualifier,
  wording,
  source_document,
  source_ref,
  illustrative
FROM published_referral_totals
WHERE $1 IS NULL OR service = $1
ORDER BY service, referrals DESC
