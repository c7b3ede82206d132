-- Every aim of the plan, in printed order, with each measure that evidences
-- it (none when no measure does yet) and the measure's target, if one is set.
SELECT
  aim.theme,
  aim.aim_id,
  aim.aim_text,
  CAST(aim.display_order AS INTEGER) AS display_order,
  aim.source_document,
  aim.source_ref,
  measure.measure_id,
  measure.measure_name,
  measure.view_path,
  CAST(measure.target AS DOUBLE) AS target,
  measure.target_direction,
  measure.target_unit,
  measure.target_source,
  measure.rationale
FROM plan_aims AS aim
LEFT JOIN measure_aims AS measure USING (aim_id)
ORDER BY aim.display_order, measure.measure_id
