/**
 * File types the plan open dialogs list (issue 11「Files users have」): Word, PDF, Excel (and WPS
 * 表格), saved web pages, CSV and text. The contents decide how a file is read (openPlanDocument),
 * so an old .doc is listed too, to be told to save it as .docx.
 */
export const PLAN_FILE_EXTENSIONS = [
  'docx',
  'doc',
  'pdf',
  'xlsx',
  'xls',
  'et',
  'html',
  'htm',
  'csv',
  'txt',
  'md',
] as const;
