-- Visits, detainees and issues in the period: scheduled visits and how many
-- took place, visits made in addition to the rota, and the counts visitors
-- record on a completed visit (blank on a missed one, so sums skip them).
-- A visit belongs to the period its week's Monday falls in, as on the grid.
-- $1 start date, $2 end date (exclusive), $3 the suites in the chosen area
-- joined by '|', or NULL for all of LLR.
SELECT
  CAST(count(*) FILTER (WHERE scheduled) AS INTEGER) AS scheduled_visits,
  CAST(count(*) FILTER (WHERE scheduled AND completed) AS INTEGER) AS scheduled_completed,
  CAST(count(*) FILTER (WHERE NOT scheduled AND completed) AS INTEGER) AS additional_completed,
  CAST(count(*) FILTER (WHERE completed) AS INTEGER) AS completed_visits,
  CAST(coalesce(sum(detainees_held), 0) AS INTEGER) AS detainees_held,
  CAST(coalesce(sum(detainees_offered), 0) AS INTEGER) AS detainees_offered,
  CAST(coalesce(sum(detainees_seen), 0) AS INTEGER) AS detainees_seen,
  CAST(coalesce(sum(detainees_declined), 0) AS INTEGER) AS detainees_declined,
  CAST(coalesce(sum(issues_rights_entitlements), 0) AS INTEGER) AS issues_rights_entitlements,
  CAST(coalesce(sum(issues_health_wellbeing), 0) AS INTEGER) AS issues_health_wellbeing,
  CAST(coalesce(sum(issues_conditions_facilities), 0) AS INTEGER) AS issues_conditions_facilities,
  coalesce(bool_or(illustrative), false) AS illustrative
FROM custody_visits
WHERE CAST(date_trunc('week', visit_date) AS DATE) >= CAST($1 AS DATE)
  AND CAST(date_trunc('week', visit_date) AS DATE) < CAST($2 AS DATE)
  AND ($3 IS NULL OR list_contains(string_split($3, '|'), suite))
