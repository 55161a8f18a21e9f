/**
 * The WeChat subscribe-message template for report progress. A real deployment puts the id of
 * its own template here; the demo's placeholder is refused by WeChat, and the inbox still tells.
 */
export const REPORT_SUBSCRIBE_TEMPLATE_ID = 'LINLI_REPORT_PROGRESS_TEMPLATE_PLACEHOLDER'
