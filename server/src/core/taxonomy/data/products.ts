import type { ProductSpec } from '../model';

/** Fields every logsource of a product carries: for Windows, the event's `System` section. */
export const PRODUCTS: ProductSpec[] = [
  {
    name: 'windows',
    description: 'Microsoft Windows event logs and the Sysmon and ETW events SigmaHQ maps to categories.',
    fields: ['EventID', 'Provider_Name', 'Provider_Guid', 'Channel', 'Computer', 'Security_UserID', 'Level', 'Task', 'Opcode', 'Keywords', 'EventRecordID', 'TimeCreated', 'Correlation_ActivityID', 'Execution_ProcessID', 'Execution_ThreadID', 'Hostname'],
  },
  { name: 'linux', description: 'Linux hosts: Sysmon for Linux, auditd and syslog.', fields: [] },
  { name: 'macos', description: 'macOS hosts: Endpoint Security events as an EDR reports them.', fields: [] },
];
