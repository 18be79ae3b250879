-- A bureau's upload is checked first and held in the portal's holding area (CHECKED); only when the bureau submits it
-- (SUBMITTED) is it written to input/<period>/ for the next monthly job. A held upload can be discarded (DISCARDED), a
-- submitted one withdrawn back to CHECKED until a run takes it. An upload the check refused is never stored (CLOSED).
-- Uploads saved before this stage existed went straight to input/<period>/: they count as submitted.
ALTER TABLE portal_upload ADD COLUMN stage VARCHAR(16) DEFAULT 'SUBMITTED' NOT NULL;
ALTER TABLE portal_upload ADD COLUMN submitted_at TIMESTAMP;
ALTER TABLE portal_upload ADD COLUMN submitted_by VARCHAR(100);
UPDATE portal_upload SET stage = 'CLOSED' WHERE status = 'REFUSED';
UPDATE portal_upload SET submitted_at = uploaded_at, submitted_by = uploaded_by WHERE stage = 'SUBMITTED';
CREATE INDEX portal_upload_content ON portal_upload (period, sha256);

-- A return can be undone by a coordinator of the county (a mistaken return): the R-RETURN finding goes, the row stays.
ALTER TABLE portal_return ADD COLUMN undone_at TIMESTAMP;
ALTER TABLE portal_return ADD COLUMN undone_by VARCHAR(100);

-- Audit entries written before the portal's texts were all Chinese: no class names or English on the office's page.
UPDATE portal_audit SET detail = '来自 ' || REPLACE(detail, ' BadCredentialsException', '') || '：用户名或密码不对'
WHERE action = 'LOGIN_FAILED' AND detail LIKE '% BadCredentialsException';
UPDATE portal_audit SET detail = REPLACE(detail, 'refused: names ', '未保存，工作簿填写的单位是 ') WHERE action = 'UPLOAD' AND detail LIKE 'refused: names %';
UPDATE portal_audit SET detail = '文件 #' || SUBSTRING(detail, 6) WHERE action = 'RETURN' AND detail LIKE 'file %';
UPDATE portal_audit SET detail = '问题 #' || SUBSTRING(detail, 9) WHERE action = 'JUSTIFY' AND detail LIKE 'finding %';
