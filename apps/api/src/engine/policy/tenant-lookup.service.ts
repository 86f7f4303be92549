import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NetworkTable, TenantTable } from './access.decorator';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Finds the organisation a row belongs to. Because every tenant row carries
 * `organisation_id`, this is one indexed lookup for any table.
 */
@Injectable()
export class TenantLookupService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async organisationOf(table: TenantTable, id: unknown): Promise<string | null> {
    if (typeof id !== 'string' || !UUID.test(id)) return null;
    const column = table === 'organisation' ? 'id' : 'organisation_id';
    // `table` comes from code (a TenantTable literal), never from the request.
    // Nullable: a network's membership row has no organisation.
    const [row] = await this.db.query<{ organisation_id: string | null }[]>(
      `SELECT ${column} AS organisation_id FROM ${table} WHERE id = $1`,
      [id],
    );
    return row?.organisation_id ?? null;
  }

  /** The learning network a row belongs to; network rows carry `network_id` like tenant rows carry `organisation_id`. */
  async networkOf(table: NetworkTable, id: unknown): Promise<string | null> {
    if (typeof id !== 'string' || !UUID.test(id)) return null;
    const column = table === 'learning_network' ? 'id' : 'network_id';
    // `table` comes from code (a NetworkTable literal), never from the request.
    const [row] = await this.db.query<{ network_id: string }[]>(`SELECT ${column} AS network_id FROM ${table} WHERE id = $1`, [id]);
    return row?.network_id ?? null;
  }

  async organisationsInNetwork(networkId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(`SELECT id FROM organisation WHERE network_id = $1`, [networkId]);
    return rows.map((r) => r.id);
  }
}
