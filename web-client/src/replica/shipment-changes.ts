// A shipment as the phone keeps it, and how the sync's differences update it: the answer carries a shipment whole
// once, when it is new to the phone, then only the items that changed since the version the phone had.

export interface Item {
  id: string;
  kind: string;
  serialNumber: string;
  destination: string;
  verdict: { verdict: string; reason: string | null } | null;
}

export interface Shipment {
  id: string;
  title: string;
  status: string;
  boxes: { id: string; label: string; items: Item[] }[];
}

/** A shipment in the sync's answer, by difference with the version this phone had (0: new to it, sent whole). */
export interface ShipmentChange {
  fromVersion: number;
  shipment: { id: string; status: string };
  title: string | null;
  boxes: { id: string; label: string }[];
  items: (Item & { boxId: string })[];
  changedItems: Pick<Item, 'id' | 'verdict'>[];
}

/** The shipment as this phone knows it with a change applied: rebuilt when sent whole, else changed items updated. */
export function applyChange(known: Shipment, change: ShipmentChange): Shipment {
  const { id, status } = change.shipment;
  if (change.fromVersion === 0)
    return {
      id,
      status,
      title: change.title ?? known.title,
      boxes: change.boxes.map((b) => ({ ...b, items: change.items.filter((i) => i.boxId === b.id).map(({ boxId: _, ...item }) => item) })),
    };
  const changed = new Map(change.changedItems.map((i) => [i.id, i]));
  return { ...known, status, boxes: known.boxes.map((b) => ({ ...b, items: b.items.map((i) => ({ ...i, ...changed.get(i.id) })) })) };
}
