import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { OperationPickers } from '@/features/traces/filters/operation-pickers';
import { renderApp } from '@/testing/render-app';

describe('the resource type picker', () => {
  it('explains ECS’s resource types beside their names', async () => {
    const { user } = renderApp({ routes: [{ path: '/', element: <OperationPickers value={{ service_type: 'ECS' }} onChange={vi.fn()} /> }] });
    await user.click(screen.getByRole('combobox', { name: 'Resource type' }));
    const server = await screen.findByRole('option', { name: /^server/ }, { timeout: 10_000 });
    expect(server).toHaveTextContent('ECS: spot servers interrupted by the system');
    expect(screen.getByRole('option', { name: /^ecs/ })).toHaveTextContent('ECS: servers and their disks');
  });
});
