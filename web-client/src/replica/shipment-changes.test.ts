import { describe, expect, it } from 'vitest';
import { applyChange, type Shipment, type ShipmentChange } from './shipment-changes';

const item = (id: string, verdict: string | null = null) =>
  ({ id, kind: 'LAPTOP', serialNumber: `SN-${id}`, destination: 'École de Ngor', verdict: verdict ? { verdict, reason: null } : null });

const known: Shipment = {
  id: 's1',
  title: 'Envoi d’automne',
  status: 'ARRIVED',
  boxes: [{ id: 'b1', label: 'Carton 1', items: [item('i1'), item('i2')] }, { id: 'b2', label: 'Carton 2', items: [item('i3')] }],
};

describe('a shipment changed by difference', () => {
  it('keeps what it knew and replaces only the changed items', () => {
    const change: ShipmentChange = {
      fromVersion: 4,
      shipment: { id: 's1', status: 'BEING_RECEIVED' },
      title: null,
      boxes: [],
      items: [],
      changedItems: [{ id: 'i3', verdict: { verdict: 'DAMAGED', reason: 'Écran fendu' } }],
    };
    const after = applyChange(known, change);
    expect(after.status).toBe('BEING_RECEIVED');
    expect(after.title).toBe('Envoi d’automne');
    expect(after.boxes.flatMap((b) => b.items).map((i) => i.verdict?.verdict ?? null)).toEqual([null, null, 'DAMAGED']);
    expect(after.boxes[1]!.items[0]!.serialNumber).toBe('SN-i3');
  });

  it('rebuilds a shipment sent whole, items in their boxes', () => {
    const change: ShipmentChange = {
      fromVersion: 0,
      shipment: { id: 's1', status: 'RECEIVED' },
      title: 'Envoi d’automne 2026',
      boxes: [{ id: 'b1', label: 'Carton 1' }, { id: 'b2', label: 'Carton 2' }],
      items: [{ ...item('i1', 'RECEIVED'), boxId: 'b1' }, { ...item('i2', 'MISSING'), boxId: 'b2' }],
      changedItems: [],
    };
    const after = applyChange(known, change);
    expect(after.title).toBe('Envoi d’automne 2026');
    expect(after.boxes.map((b) => b.items.map((i) => [i.id, i.verdict?.verdict]))).toEqual([[['i1', 'RECEIVED']], [['i2', 'MISSING']]]);
    expect(after.boxes[0]!.items[0]).not.toHaveProperty('boxId');
  });
});
