-- Records in view by LLR area, most first, with those outside LLR or with no
-- location last.
SELECT district, CAST(count(*) AS INTEGER) AS crimes
FROM in_view
GROUP BY district
ORDER BY district = 'Outside LLR or no location', crimes DESC, district
