-- The first and last days the quarterly return covers, for the period filter.
-- Run with the widest period and no area.
SELECT
  strftime(min(quarter_start), '%Y-%m-%d') AS first,
  strftime(max(quarter_start) + INTERVAL 3 MONTH - INTERVAL 1 DAY, '%Y-%m-%d') AS last
FROM in_view
