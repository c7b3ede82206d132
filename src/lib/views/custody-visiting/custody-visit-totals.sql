-- Visits, detainees and issues in the period: scheduled visits and how many
-- took place, visits made in addition to the rota, and the counts visitors
-- record on a completed visit (blank on a missed one, so sums skip them).
-- Follows the head custody-in-view.sql (`visits`: those of the weeks in the
-- period and area).
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
FROM visits
