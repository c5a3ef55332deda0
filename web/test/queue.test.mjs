import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withOverdue, sortQueue } from '../src/js/queue-model.js';

test('the queue puts overdue applications first, then the earliest due date, undated last', () => {
  const items = withOverdue([
    { id: 'later', dueDate: '2026-12-10' },
    { id: 'undated', dueDate: null },
    { id: 'late-2', dueDate: '2026-11-20' },
    { id: 'soon', dueDate: '2026-11-30' },
    { id: 'late-1', dueDate: '2026-11-02' },
  ], '2026-11-23');
  assert.deepEqual(sortQueue(items).map((a) => a.id), ['late-1', 'late-2', 'soon', 'later', 'undated']);
  assert.deepEqual(items.filter((a) => a.overdue).map((a) => a.id).sort(), ['late-1', 'late-2']);
  assert.equal(withOverdue([{ dueDate: '2026-11-23' }], '2026-11-23')[0].overdue, false, 'due today is not overdue yet');
});
