/**
 * Every function Apps Script must see at top level besides the custom functions: simple triggers,
 * menu handlers (reached only by name from a menu) and sidebar/dialog endpoints (reached only
 * through google.script.run). The build writes a top-level wrapper for each key, so this is the one
 * list.
 */
import { IMPORT_ENDPOINTS } from './import-api';
import {
  menuApplyHighlights,
  menuAuditProgram,
  menuBuildDashboard,
  menuCheckSpreadsheet,
  menuHelp,
  menuLinkAthleteLogs,
  menuRemoveHighlights,
  menuUnlinkAthleteLogs,
  onInstall,
  onOpen,
  showImportDialog,
  showSidebar,
} from './menu';
import { SIDEBAR_ENDPOINTS } from './sidebar-api';

export { onInstall, onOpen, showSidebar };

export const ADDON_GLOBALS = {
  onOpen,
  onInstall,
  showSidebar,
  showImportDialog,
  menuApplyHighlights,
  menuRemoveHighlights,
  menuBuildDashboard,
  menuAuditProgram,
  menuHelp,
  menuCheckSpreadsheet,
  menuLinkAthleteLogs,
  menuUnlinkAthleteLogs,
  ...SIDEBAR_ENDPOINTS,
  ...IMPORT_ENDPOINTS,
};
